import type { ValidationError } from '@hoso/core/precompiled';
import { sameFile, type FileReference } from '../components/file-field/file-checks.js';
import type { FileRegistry } from './context.js';
import { getAt } from './paths.js';

/** How one POST to the intake server ended. */
export type PostOutcome =
  | { kind: 'received'; status: number; receipt: Record<string, unknown>; secret?: string }
  | { kind: 'invalid'; status: 422; errors: ValidationError[] }
  | { kind: 'failed'; status: number; message?: { vi: string; en: string } };

/**
 * The multipart body the intake server reads: one `data` part with the submission as JSON, and
 * one part per file named `$documents.<key>`. A `file` field that collects a document
 * (`document: key`) sends its files in that document's part. Only files the cleaned data still
 * refers to are sent: the files of a field that is now hidden stay behind, like its value.
 * Files go in path order, repeater items by index, so a document's part lists the files of a
 * repeater's items in the items' order.
 */
export function buildSubmission(
  data: Record<string, unknown>,
  files: FileRegistry,
  documentOfField: (path: string) => string | undefined,
): FormData {
  const body = new FormData();
  body.append('data', JSON.stringify(data));
  for (const [path, list] of files.entries().sort(([a], [b]) => comparePaths(a, b))) {
    const part = path.startsWith('$documents.') ? path : documentPart(documentOfField(path));
    if (!part) continue;
    const refs = getAt(data, path);
    const kept = Array.isArray(refs)
      ? list.filter((file) => refs.some((ref) => refersTo(ref, file)))
      : [];
    for (const file of kept) body.append(part, file, file.name);
  }
  return body;
}

/** Orders data paths segment by segment, item indices as numbers (`kids.2` before `kids.10`). */
function comparePaths(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const [x, y] = [as[i]!, bs[i]!];
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

function refersTo(ref: unknown, file: File): boolean {
  return isObject(ref) && sameFile(ref as unknown as FileReference, file);
}

function documentPart(key: string | undefined): string | undefined {
  return key ? `$documents.${key}` : undefined;
}

/** A fresh key for one submission; kept across its retries so the server stores one dossier. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Posts a dossier; never throws: network failures and unreadable answers are `failed`. */
export async function postDossier(
  action: string,
  body: FormData,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(action, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey, Accept: 'application/json' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { kind: 'failed', status: 0 };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const answer = (json ?? {}) as Record<string, unknown>;
  if (response.ok && isObject(answer['receipt']))
    return {
      kind: 'received',
      status: response.status,
      receipt: answer['receipt'],
      ...(typeof answer['secret'] === 'string' ? { secret: answer['secret'] } : {}),
    };
  if (response.status === 422 && Array.isArray(answer['errors']))
    return { kind: 'invalid', status: 422, errors: answer['errors'].filter(isError) };
  const message = answer['message'];
  return {
    kind: 'failed',
    status: response.status,
    ...(isMessage(message) ? { message } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): value is { vi: string; en: string } {
  return isObject(value) && typeof value['vi'] === 'string' && typeof value['en'] === 'string';
}

function isError(value: unknown): value is ValidationError {
  return isObject(value) && typeof value['path'] === 'string' && isMessage(value['message']);
}
