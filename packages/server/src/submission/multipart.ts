import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Document } from '@hoso/schema';
import { BoundaryError } from '../boundary/boundary-error.js';
import { parseStrictJson } from '../boundary/strict-json.js';
import { sniffMediaType, SNIFF_BYTES } from './sniff-type.js';

/** A file streamed to disk: named by the server, hashed, its type read from its bytes. */
export interface UploadedFile {
  documentKey: string;
  /** The citizen's file name, kept intact (UTF-8), for display only. */
  name: string;
  /** Sniffed from the bytes; `application/octet-stream` when unrecognised. */
  mediaType: string;
  size: number;
  sha256: string;
  /** The server's name for it (a random UUID): the `id` of its file reference. */
  id: string;
  /** Where it was written: `<uploadDir>/<id>`. */
  path: string;
}

export interface MultipartOptions {
  uploadDir: string;
  /** The definition's documents: the only file slots, with their limits. */
  documents: readonly Document[];
  /** Largest `data` part, in bytes. */
  maxDataBytes: number;
  /** Largest file when a document sets no `maxSizeBytes`. */
  defaultMaxFileBytes: number;
  timeoutMs: number;
  /** Deepest nesting of the `data` part's JSON (default 64). */
  maxDepth?: number;
}

/**
 * Reads `multipart/form-data`: one `data` part with the submission as JSON, and file parts
 * named `$documents.<key>`. Files stream to disk with each slot's limits; on any failure every
 * file already written is deleted, so a refused request leaves nothing behind.
 */
export async function readMultipart(
  headers: Record<string, string | string[] | undefined>,
  body: AsyncIterable<Uint8Array>,
  options: MultipartOptions,
): Promise<{ data: unknown; files: UploadedFile[] }> {
  await mkdir(options.uploadDir, { recursive: true });
  const files: UploadedFile[] = [];
  const writes: Promise<void>[] = [];
  let dataText: string | undefined;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: headers as busboy.BusboyConfig['headers'],
      defParamCharset: 'utf8',
      // Field values arrive as latin1, i.e. byte for byte, so that the `data` part's bytes
      // reach the strict parser, which refuses invalid UTF-8 instead of replacing it.
      defCharset: 'latin1',
      limits: { fields: 1, fieldSize: options.maxDataBytes, files: 50, parts: 60 },
    });
  } catch {
    throw multipartError('Nội dung multipart không hợp lệ.', 'The multipart body is malformed.');
  }
  const counts = new Map<string, number>();
  const done = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value, info) => {
      if (name !== 'data')
        return reject(
          multipartError(
            `Phần "${name}" không được chấp nhận; chỉ có "data" và các tệp.`,
            `Unexpected part "${name}"; only "data" and files are accepted.`,
          ),
        );
      if (info.valueTruncated) return reject(tooLargeData(options.maxDataBytes));
      dataText = value;
    });
    parser.on('file', (name, stream, info) => {
      const slot = slotOf(name, options.documents);
      if (!slot) {
        stream.resume();
        return reject(
          new BoundaryError(
            400,
            'file-slot',
            {
              vi: `Không có ô tệp "${name}" trong thủ tục này.`,
              en: `There is no file slot "${name}" in this procedure.`,
            },
            { pointer: `/${name.replace('.', '/')}` },
          ),
        );
      }
      const count = (counts.get(slot.key) ?? 0) + 1;
      counts.set(slot.key, count);
      if (count > (slot.maxFiles ?? 10)) {
        stream.resume();
        return reject(
          new BoundaryError(
            413,
            'too-many-files',
            {
              vi: `Quá nhiều tệp cho "${slot.title.vi}".`,
              en: `Too many files for "${slot.title.en ?? slot.title.vi}".`,
            },
            { pointer: `/$documents/${slot.key}` },
          ),
        );
      }
      const write = saveFile(stream, slot, info.filename, options).then(
        (file) => void files.push(file),
      );
      writes.push(write);
      write.catch(reject);
    });
    parser.on('error', () =>
      reject(
        multipartError('Nội dung multipart không hợp lệ.', 'The multipart body is malformed.'),
      ),
    );
    parser.on('partsLimit', () =>
      reject(multipartError('Quá nhiều phần trong nội dung.', 'Too many parts in the body.')),
    );
    parser.on('filesLimit', () => reject(multipartError('Quá nhiều tệp.', 'Too many files.')));
    parser.on('close', resolve);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    parser.destroy(new Error('timeout'));
  }, options.timeoutMs);
  try {
    await Promise.all([pipeline(Readable.from(body), parser).catch(() => undefined), done]);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await Promise.all(files.map((f) => unlink(f.path).catch(() => undefined)));
    if (timedOut) {
      throw new BoundaryError(408, 'body-timeout', {
        vi: 'Nội dung gửi lên quá chậm; hãy thử lại.',
        en: 'The body arrived too slowly; try again.',
      });
    }
    throw error instanceof BoundaryError
      ? error
      : multipartError('Nội dung multipart không hợp lệ.', 'The multipart body is malformed.');
  } finally {
    clearTimeout(timer);
  }
  if (dataText === undefined) {
    await Promise.all(files.map((f) => unlink(f.path).catch(() => undefined)));
    throw new BoundaryError(400, 'multipart-no-data', {
      vi: 'Thiếu phần "data" chứa dữ liệu hồ sơ (JSON).',
      en: 'The "data" part with the submission (JSON) is missing.',
    });
  }
  try {
    const bytes = Buffer.from(dataText, 'latin1');
    return { data: parseStrictJson(bytes, { maxDepth: options.maxDepth ?? 64 }), files };
  } catch (error) {
    await Promise.all(files.map((f) => unlink(f.path).catch(() => undefined)));
    throw error;
  }
}

function slotOf(name: string, documents: readonly Document[]): Document | undefined {
  const match = /^\$documents\.([A-Za-z][A-Za-z0-9_]*)$/.exec(name);
  return match ? documents.find((d) => d.key === match[1]) : undefined;
}

/** Streams one file to a server-chosen name, hashing and sniffing it on the way. */
async function saveFile(
  stream: Readable,
  slot: Document,
  clientName: string | undefined,
  options: MultipartOptions,
): Promise<UploadedFile> {
  const id = randomUUID();
  const path = join(options.uploadDir, id);
  const hash = createHash('sha256');
  const limit = slot.maxSizeBytes ?? options.defaultMaxFileBytes;
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  try {
    await pipeline(
      stream,
      async function* (source: AsyncIterable<string | Buffer>) {
        for await (const piece of source) {
          const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
          size += chunk.length;
          if (size > limit) {
            throw new BoundaryError(
              413,
              'file-too-large',
              {
                vi: `Tệp "${clientName ?? ''}" lớn hơn giới hạn ${limit} byte.`,
                en: `The file "${clientName ?? ''}" is larger than ${limit} bytes.`,
              },
              { pointer: `/$documents/${slot.key}` },
            );
          }
          hash.update(chunk);
          if (headBytes < SNIFF_BYTES) {
            head.push(chunk);
            headBytes += chunk.length;
          }
          yield chunk;
        }
      },
      createWriteStream(path, { flags: 'wx' }),
    );
  } catch (error) {
    await unlink(path).catch(() => undefined);
    stream.resume();
    throw error;
  }
  if (size === 0) {
    await unlink(path).catch(() => undefined);
    throw new BoundaryError(
      400,
      'file-empty',
      {
        vi: `Tệp "${clientName ?? ''}" không có nội dung.`,
        en: `The file "${clientName ?? ''}" is empty.`,
      },
      { pointer: `/$documents/${slot.key}` },
    );
  }
  return {
    documentKey: slot.key,
    name: (clientName ?? 'file').normalize('NFC').slice(0, 255) || 'file',
    mediaType:
      sniffMediaType(Buffer.concat(head).subarray(0, SNIFF_BYTES)) ?? 'application/octet-stream',
    size,
    sha256: hash.digest('hex'),
    id,
    path,
  };
}

function multipartError(vi: string, en: string): BoundaryError {
  return new BoundaryError(400, 'multipart', { vi, en });
}

function tooLargeData(max: number): BoundaryError {
  return new BoundaryError(413, 'body-too-large', {
    vi: `Phần "data" vượt quá ${max} byte.`,
    en: `The "data" part is larger than ${max} bytes.`,
  });
}
