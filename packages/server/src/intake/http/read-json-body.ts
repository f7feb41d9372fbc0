import type { IncomingMessage } from 'node:http';
import { IntakeError } from '../intake-error.js';
import type { BodyReader } from './intake-app.js';

/**
 * A JSON-only body reader with a size limit: enough for publishing, transitions and
 * submissions without files. Bodies larger than `limitBytes` get 413 without being buffered.
 */
export function jsonBodyReader(limitBytes = 2 * 1024 * 1024): BodyReader {
  return async (req: IncomingMessage) => {
    const type = String(req.headers['content-type'] ?? 'application/json');
    if (!/^application\/json\b/i.test(type)) {
      throw new IntakeError(415, 'unsupported-media-type', {
        vi: 'Nội dung phải là JSON (Content-Type: application/json).',
        en: 'The body must be JSON (Content-Type: application/json).',
      });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limitBytes) {
        throw new IntakeError(413, 'body-too-large', {
          vi: `Nội dung vượt quá ${limitBytes} byte.`,
          en: `The body is larger than ${limitBytes} bytes.`,
        });
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return { data: text === '' ? null : JSON.parse(text), files: [] };
    } catch (error) {
      throw new IntakeError(400, 'json-syntax', {
        vi: `JSON không hợp lệ: ${(error as Error).message}`,
        en: `Invalid JSON: ${(error as Error).message}`,
      });
    }
  };
}
