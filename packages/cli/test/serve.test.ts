import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/bin.js', import.meta.url));
const birthRegistration = new URL(
  '../../../../examples/procedures/1.001193-dang-ky-khai-sinh/definition.json',
  import.meta.url,
);

/**
 * A folder to publish whose second definition cannot be: same id and version as the first,
 * different content. Returns the folder and the refused file.
 */
async function conflictingDefinitions(dir: string): Promise<{ folder: string; refused: string }> {
  const definition = JSON.parse(await readFile(birthRegistration, 'utf8'));
  const folder = join(dir, 'publish');
  for (const [name, title] of [
    ['a', definition.title],
    ['b', { vi: 'Đăng ký khai sinh (sửa)', en: 'Birth registration (edited)' }],
  ] as const) {
    await mkdir(join(folder, name), { recursive: true });
    await writeFile(
      join(folder, name, 'definition.json'),
      JSON.stringify({ ...definition, title }),
    );
  }
  return { folder, refused: join(folder, 'b', 'definition.json') };
}

/**
 * Starts `hoso serve` on a free port, publishing two definitions of which the second is refused,
 * and returns what it printed (stdout lines, stderr) once it said which store.
 */
async function startup(
  lang: 'vi' | 'en',
): Promise<{ lines: string[]; errors: string; refused: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoso-serve-'));
  const { folder, refused } = await conflictingDefinitions(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, HOSO_LANG: lang };
  delete env['DATABASE_URL'];
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', '0', '--data-dir', dataDir, '--publish', folder],
    { env },
  );
  try {
    let out = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (/(store|kho dữ liệu): /.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`hoso serve exited with ${code}: ${out}`)));
    });
    return { lines: out.trim().split('\n'), errors: errors.trim(), refused };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('hoso serve', () => {
  it('says where it listens, which store it uses and what it could not publish, in the terminal language', async () => {
    const vi = await startup('vi');
    assert.match(
      vi.lines[0]!,
      /^Máy chủ tiếp nhận Hoso: http:\/\/127\.0\.0\.1:\d+ {2}\(trang cán bộ: /,
    );
    assert.equal(vi.lines.at(-1), 'kho dữ liệu: PGlite nhúng');
    assert.equal(
      vi.errors,
      `hoso serve: chưa công bố ${vi.refused}: Phiên bản dang-ky-khai-sinh@1.0.0 đã được công bố và không thể thay đổi; hãy tăng số phiên bản.`,
    );
    const en = await startup('en');
    assert.match(
      en.lines[0]!,
      /^Hoso intake server: http:\/\/127\.0\.0\.1:\d+ {2}\(officer page: /,
    );
    assert.equal(en.lines.at(-1), 'store: embedded PGlite');
    assert.ok(!en.lines.some((line) => line.startsWith('portal:')), 'no portal without --portal');
    assert.equal(
      en.errors,
      `hoso serve: not published: ${en.refused}: dang-ky-khai-sinh@1.0.0 is already published and cannot change; publish a new version.`,
    );
  });
});
