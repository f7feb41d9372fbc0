import { unlink } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, type CompiledProcedure, type ValidationResult } from '@hoso/core';
import { BoundaryError } from '../boundary/boundary-error.js';
import { parseStrictJson } from '../boundary/strict-json.js';
import { readMultipart, type UploadedFile } from './multipart.js';
import { readBody } from './read-body.js';

/** A request as any framework can give it: headers and the raw body bytes. */
export interface SubmissionRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Uint8Array>;
}

export interface SubmissionResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface SubmissionOutcome {
  response: SubmissionResponse;
  /** The pipeline's verdict, when the request got that far. */
  result?: ValidationResult;
  /** Files written to the upload folder; the caller keeps or deletes them. */
  files: UploadedFile[];
}

export interface SubmissionHandlerOptions {
  /** Where multipart uploads are streamed (default: the OS temp folder). */
  uploadDir?: string;
  /** Largest JSON body or `data` part (default 1 MiB). */
  maxJsonBytes?: number;
  /** Largest file when a document sets no limit (default 20 MiB). */
  defaultMaxFileBytes?: number;
  /** Deepest JSON nesting (default 64). */
  maxDepth?: number;
  /** Time allowed for the whole body (default 30 s). */
  timeoutMs?: number;
  /** The date `today` means in rules (default: today in Asia/Ho_Chi_Minh). */
  today?: () => string;
}

/**
 * Validates submissions on the server with the browser's pipeline: the request boundary
 * (size, time, strict JSON, multipart files sniffed and hashed), then `compile(definition)
 * .validate()`, which recomputes visibility and fees itself. 200 with the cleaned data, or
 * 422 with field errors in Vietnamese and English; refusals at the boundary are 4xx, never 5xx.
 */
export function createSubmissionHandler(
  definition: unknown,
  options: SubmissionHandlerOptions = {},
): {
  handle(request: SubmissionRequest): Promise<SubmissionOutcome>;
  listener(req: IncomingMessage, res: ServerResponse): Promise<void>;
} {
  const procedure: CompiledProcedure = isCompiled(definition) ? definition : compile(definition);
  const settings = {
    uploadDir: options.uploadDir ?? join(tmpdir(), 'hoso-uploads'),
    maxJsonBytes: options.maxJsonBytes ?? 1024 * 1024,
    defaultMaxFileBytes: options.defaultMaxFileBytes ?? 20 * 1024 * 1024,
    maxDepth: options.maxDepth ?? 64,
    timeoutMs: options.timeoutMs ?? 30_000,
  };

  async function handle(request: SubmissionRequest): Promise<SubmissionOutcome> {
    let files: UploadedFile[] = [];
    try {
      if (request.method !== undefined && request.method !== 'POST') {
        throw new BoundaryError(405, 'method-not-allowed', {
          vi: 'Chỉ chấp nhận POST.',
          en: 'Only POST is accepted.',
        });
      }
      const read = await readSubmission(request, procedure, settings);
      files = read.files;
      const result = procedure.validate(
        withFiles(read.data, files),
        options.today ? { today: options.today() } : {},
      );
      const body = result.valid
        ? {
            valid: true,
            data: result.data,
            fees: result.fees,
            requiredDocuments: result.requiredDocuments,
            dropped: result.dropped,
          }
        : { valid: false, errors: result.errors };
      return { response: json(result.valid ? 200 : 422, body), result, files };
    } catch (error) {
      if (error instanceof BoundaryError)
        return { response: json(error.status, error.toJSON()), files };
      throw error;
    }
  }

  async function listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const outcome = await handle({
      method: req.method ?? 'POST',
      headers: req.headers,
      body: req,
    }).catch(() => ({
      response: json(400, {
        code: 'bad-request',
        message: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
      }),
      files: [] as UploadedFile[],
    }));
    // This handler only validates: uploaded files are not kept.
    await Promise.all(outcome.files.map((f) => unlink(f.path).catch(() => undefined)));
    req.resume();
    res.writeHead(outcome.response.status, outcome.response.headers);
    res.end(JSON.stringify(outcome.response.body));
  }

  return { handle, listener };
}

/** The body as data and files: strict JSON, or multipart with a `data` part and documents. */
export async function readSubmission(
  request: SubmissionRequest,
  procedure: CompiledProcedure,
  settings: {
    uploadDir: string;
    maxJsonBytes: number;
    defaultMaxFileBytes: number;
    maxDepth: number;
    timeoutMs: number;
  },
): Promise<{ data: unknown; files: UploadedFile[] }> {
  const type = String(request.headers['content-type'] ?? '');
  if (/^multipart\/form-data/i.test(type)) {
    return readMultipart(request.headers, request.body, {
      uploadDir: settings.uploadDir,
      documents: procedure.definition.documents ?? [],
      maxDataBytes: settings.maxJsonBytes,
      defaultMaxFileBytes: settings.defaultMaxFileBytes,
      timeoutMs: settings.timeoutMs,
      maxDepth: settings.maxDepth,
    });
  }
  if (type !== '' && !/^application\/json\s*(;|$)/i.test(type)) {
    throw new BoundaryError(415, 'unsupported-media-type', {
      vi: 'Nội dung phải là application/json hoặc multipart/form-data.',
      en: 'The body must be application/json or multipart/form-data.',
    });
  }
  const bytes = await readBody(request.body, {
    maxBytes: settings.maxJsonBytes,
    timeoutMs: settings.timeoutMs,
  });
  return { data: parseStrictJson(bytes, { maxDepth: settings.maxDepth }), files: [] };
}

/**
 * Uploaded files join the data as `$documents.<key>` references `{name, type, size, sha256, id}`
 * (`id` when the file has a server name), replacing any references the client wrote itself.
 */
export function withFiles(
  data: unknown,
  files: readonly (Pick<UploadedFile, 'documentKey' | 'name' | 'mediaType' | 'size' | 'sha256'> & {
    id?: string;
  })[],
): unknown {
  if (files.length === 0 || typeof data !== 'object' || data === null || Array.isArray(data))
    return data;
  const documents: Record<string, unknown[]> = {};
  for (const file of files) {
    (documents[file.documentKey] ??= []).push({
      name: file.name,
      type: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      ...(file.id !== undefined ? { id: file.id } : {}),
    });
  }
  return { ...data, $documents: documents };
}

function json(status: number, body: unknown): SubmissionResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}

function isCompiled(value: unknown): value is CompiledProcedure {
  return (
    typeof value === 'object' && value !== null && 'validate' in value && 'dataSchema' in value
  );
}
