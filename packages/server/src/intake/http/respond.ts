import type { ServerResponse } from 'node:http';
import { IntakeError } from '../intake-error.js';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A reply that is not JSON: a module, a document. */
export interface TextReply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export function sendText(res: ServerResponse, reply: TextReply): void {
  res.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    ...reply.headers,
    'content-length': Buffer.byteLength(reply.text),
  });
  res.end(reply.text);
}

/** Refusals carry their code and both messages; anything unexpected is a 500 without details. */
export function sendError(res: ServerResponse, error: unknown, log: (e: unknown) => void): void {
  if (error instanceof IntakeError) {
    sendJson(res, error.status, { code: error.code, message: error.detail, ...error.extra });
    return;
  }
  log(error);
  sendJson(res, 500, {
    code: 'internal',
    message: {
      vi: 'Lỗi máy chủ; vui lòng thử lại sau.',
      en: 'Server error; please try again later.',
    },
  });
}

export function badRequest(vi: string, en: string, code = 'bad-request'): IntakeError {
  return new IntakeError(400, code, { vi, en });
}

export const UNAUTHORIZED = new IntakeError(401, 'unauthorized', {
  vi: 'Cần mã truy cập (Authorization: Bearer …) của cán bộ.',
  en: 'An officer token is required (Authorization: Bearer …).',
});
