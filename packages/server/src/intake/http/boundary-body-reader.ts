import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Document } from '@hoso/schema';
import { BoundaryError } from '../../boundary/boundary-error.js';
import { parseStrictJson } from '../../boundary/strict-json.js';
import { readMultipart } from '../../submission/multipart.js';
import { readBody } from '../../submission/read-body.js';
import { IntakeError } from '../intake-error.js';
import type { BodyReader } from './intake-app.js';

export interface BoundaryReaderOptions {
  /** Where uploads are streamed before they move into the file store. */
  uploadDir: string;
  maxJsonBytes?: number;
  defaultMaxFileBytes?: number;
  timeoutMs?: number;
}

/**
 * The intake server's request boundary: strict JSON (one reading for browser and PostgreSQL)
 * or, for submissions, multipart with files streamed to disk, sniffed and hashed.
 */
export function boundaryBodyReader(options: BoundaryReaderOptions): BodyReader {
  const maxJsonBytes = options.maxJsonBytes ?? 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (req: IncomingMessage, documents?: readonly Document[]) => {
    try {
      const type = String(req.headers['content-type'] ?? '');
      if (/^multipart\/form-data/i.test(type)) {
        if (!documents) {
          throw new BoundaryError(415, 'unsupported-media-type', {
            vi: 'Chỉ hồ sơ nộp mới được gửi dạng multipart.',
            en: 'Only submissions may be sent as multipart.',
          });
        }
        return await readMultipart(req.headers, req, {
          uploadDir: join(options.uploadDir, 'incoming'),
          documents,
          maxDataBytes: maxJsonBytes,
          defaultMaxFileBytes: options.defaultMaxFileBytes ?? 20 * 1024 * 1024,
          timeoutMs,
        });
      }
      if (type !== '' && !/^application\/json\s*(;|$)/i.test(type)) {
        throw new BoundaryError(415, 'unsupported-media-type', {
          vi: 'Nội dung phải là application/json hoặc multipart/form-data.',
          en: 'The body must be application/json or multipart/form-data.',
        });
      }
      const bytes = await readBody(req, { maxBytes: maxJsonBytes, timeoutMs });
      return { data: parseStrictJson(bytes), files: [] };
    } catch (error) {
      if (!(error instanceof BoundaryError)) throw error;
      const { status, code, message, ...where } = error.toJSON();
      throw new IntakeError(status, code, message, where);
    }
  };
}
