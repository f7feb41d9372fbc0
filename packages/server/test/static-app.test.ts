import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createStaticApp } from '../src/intake/http/static-app.js';

describe('serving the built designer', () => {
  it('serves files under its prefix, index.html for the folder, nothing outside it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hoso-app-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Thiết kế</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(join(root, '..', 'secret.txt'), 'no');
    const app = createStaticApp('/designer', root);
    const server = createServer(async (req, res) => {
      if (!(await app(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    const get = (path: string) =>
      fetch(`http://127.0.0.1:${address.port}${path}`, { redirect: 'manual' });
    try {
      assert.equal((await get('/designer')).status, 301);
      const index = await get('/designer/');
      assert.equal(index.status, 200);
      assert.match(await index.text(), /Thiết kế/);
      assert.equal(
        (await get('/designer/assets/app.js')).headers.get('content-type'),
        'text/javascript; charset=utf-8',
      );
      assert.equal((await get('/designer/..%2Fsecret.txt')).status, 404);
      assert.equal((await get('/designer/%2e%2e/secret.txt')).status, 404);
      assert.equal((await get('/elsewhere/index.html')).status, 404);
    } finally {
      server.close();
    }
  });
});
