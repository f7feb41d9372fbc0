import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Uploaded files on disk, content-addressed by SHA-256 (`ab/cd/abcd…`) in a folder that is
 * never served directly. A file is written to a temporary name, flushed to disk and renamed,
 * so a crash leaves either the whole file or nothing under its hash.
 */
export class FileStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Stores bytes and returns their hash. */
  async putBytes(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (await this.has(sha256)) return sha256;
    const target = this.pathOf(sha256);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncDirectory(dirname(target));
    return sha256;
  }

  /**
   * Moves an uploaded file (already hashed while streaming) into the store after checking the
   * hash. The upload is removed either way.
   */
  async adopt(uploadPath: string, sha256: string): Promise<void> {
    try {
      if (await this.has(sha256)) return;
      const actual = await hashFile(uploadPath);
      if (actual !== sha256) throw new Error(`upload ${uploadPath} does not match its hash`);
      const target = this.pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      const handle = await open(uploadPath, 'r+');
      await handle.sync().finally(() => handle.close());
      await rename(uploadPath, target);
      await syncDirectory(dirname(target));
    } finally {
      await unlink(uploadPath).catch(() => undefined);
    }
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A rename is durable only once its directory entry is on disk. */
async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  await handle.sync().finally(() => handle.close());
}
