import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/bin.js', import.meta.url));

/** Starts `hoso serve` on a free port and returns what it printed once it said which store. */
async function startupLines(lang: 'vi' | 'en'): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoso-serve-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOSO_LANG: lang };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', dataDir], {
    env,
  });
  try {
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (/(store|kho dữ liệu): /.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`hoso serve exited with ${code}: ${out}`)));
    });
    return out.trim().split('\n');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('hoso serve', () => {
  it('says where it listens and which store it uses, in the terminal language', async () => {
    const vi = await startupLines('vi');
    assert.match(vi[0]!, /^Máy chủ tiếp nhận Hoso: http:\/\/127\.0\.0\.1:\d+ {2}\(trang cán bộ: /);
    assert.equal(vi.at(-1), 'kho dữ liệu: PGlite nhúng');
    const en = await startupLines('en');
    assert.match(en[0]!, /^Hoso intake server: http:\/\/127\.0\.0\.1:\d+ {2}\(officer page: /);
    assert.equal(en.at(-1), 'store: embedded PGlite');
    assert.ok(!en.some((line) => line.startsWith('portal:')), 'no portal without --portal');
  });
});
