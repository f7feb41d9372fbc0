/** The intake server's procedure API: list, fetch and publish definitions. */
import type { Problem } from '@hoso/schema';

export interface PublishedSummary {
  id: string;
  version: string;
  code?: string;
  title?: { vi: string; en?: string };
}

export type PublishOutcome =
  | { kind: 'created' | 'unchanged'; id: string; version: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'problems'; problems: Problem[] }
  | { kind: 'error'; message: string };

function base(url: string): string {
  return url.replace(/\/+$/, '');
}

export async function listProcedures(url: string): Promise<PublishedSummary[]> {
  const response = await fetch(`${base(url)}/api/procedures`, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as unknown;
  return Array.isArray(body) ? (body as PublishedSummary[]) : [];
}

export async function fetchDefinition(url: string, id: string, version?: string): Promise<unknown> {
  const ref = encodeURIComponent(id) + (version ? `@${encodeURIComponent(version)}` : '');
  const response = await fetch(`${base(url)}/api/procedures/${ref}`, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function publishDefinition(
  url: string,
  token: string,
  definition: unknown,
): Promise<PublishOutcome> {
  let response: Response;
  try {
    response = await fetch(`${base(url)}/api/procedures`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(definition),
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const record = definition as { id?: string; version?: string };
  if (response.status === 201 || response.status === 200) {
    return {
      kind: response.status === 201 ? 'created' : 'unchanged',
      id: String(body.procedureId ?? body.id ?? record.id ?? ''),
      version: String(body.version ?? record.version ?? ''),
    };
  }
  if (response.status === 409) {
    return { kind: 'conflict', message: String(body.message ?? body.error ?? 'conflict') };
  }
  if (response.status === 422 && Array.isArray(body.problems)) {
    return { kind: 'problems', problems: body.problems as Problem[] };
  }
  const message =
    typeof body.message === 'string'
      ? body.message
      : typeof body.error === 'string'
        ? body.error
        : `HTTP ${response.status}`;
  return { kind: 'error', message };
}
