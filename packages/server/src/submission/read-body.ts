import { BoundaryError } from '../boundary/boundary-error.js';

export interface BodyLimits {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Longest time the whole body may take to arrive. */
  timeoutMs: number;
}

/**
 * Reads a whole (JSON) body with a size limit and a deadline: a body that is too large stops
 * being read at the limit (413), one that trickles in too slowly is abandoned (408).
 */
export async function readBody(
  body: AsyncIterable<Uint8Array>,
  limits: BodyLimits,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterator = body[Symbol.asyncIterator]();
  const deadline = Date.now() + limits.timeoutMs;
  for (;;) {
    const remaining = deadline - Date.now();
    const next = await Promise.race([iterator.next(), timeout(remaining)]);
    if (next === 'timeout') {
      await iterator.return?.();
      throw new BoundaryError(408, 'body-timeout', {
        vi: 'Nội dung gửi lên quá chậm; hãy thử lại.',
        en: 'The body arrived too slowly; try again.',
      });
    }
    if (next.done) break;
    size += next.value.length;
    if (size > limits.maxBytes) {
      await iterator.return?.();
      throw tooLarge(limits.maxBytes);
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export function tooLarge(maxBytes: number): BoundaryError {
  return new BoundaryError(413, 'body-too-large', {
    vi: `Nội dung gửi lên vượt quá ${maxBytes} byte.`,
    en: `The body is larger than ${maxBytes} bytes.`,
  });
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
    timer.unref();
  });
}
