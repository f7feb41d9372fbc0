// Browser tests of @hoso/elements in Debian's Chromium. Browsers load no ajv: Node precompiles
// the fixtures' data-schema validators first (as `hoso compile` does).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { compile } from '@hoso/core';
import { chromium } from '../../.ci/chromium.mjs';
import { buildStandaloneValidator } from '@hoso/cli';

const OUT = new URL('./dist/test-fixtures/', import.meta.url);
await mkdir(OUT, { recursive: true });
const definition = JSON.parse(
  await readFile(new URL('../core/test/fixtures/household.json', import.meta.url), 'utf8'),
);
await writeFile(
  new URL('household.validator.js', OUT),
  await buildStandaloneValidator(compile(definition).dataSchema),
);
await writeFile(new URL('household.json', OUT), JSON.stringify(definition));
const validatorModule = await readFile(new URL('household.validator.js', OUT), 'utf8');

// The household procedure with a `file` element on its first step that collects the ID card.
const withFile = structuredClone(definition);
withFile.steps[0].elements.push({
  type: 'file',
  key: 'portrait',
  label: { vi: 'Ảnh chân dung', en: 'Portrait' },
  accept: ['image/jpeg'],
  maxFiles: 1,
  document: 'idCard',
  visibleWhen: { '!=': [{ var: 'maritalStatus' }, 'divorced'] },
});
await writeFile(new URL('household-file.json', OUT), JSON.stringify(withFile));
await writeFile(
  new URL('household-file.validator.js', OUT),
  await buildStandaloneValidator(compile(withFile).dataSchema),
);

/**
 * A stand-in for the intake server's procedure routes, so `<hoso-procedure src>` is tested with
 * the URLs it gets in production: `GET /api/procedures/:id` and `GET …/:id/validator.js`.
 */
async function procedureRoutes(ctx, next) {
  if (ctx.method !== 'GET' || !ctx.path.startsWith('/intake/api/procedures/')) return next();
  const rest = ctx.path.slice('/intake/api/procedures/'.length);
  if (rest === 'test-household') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(definition);
  } else if (rest === 'test-household/validator.js') {
    ctx.type = 'text/javascript';
    ctx.body = validatorModule;
  } else if (rest === 'not-json') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Maintenance</p>';
  } else {
    ctx.status = 404;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      code: 'not-found',
      message: { vi: 'Không có.', en: 'Not found.' },
    });
  }
}

/** A port nobody listens on now: two test runs on one machine must not collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default {
  files: 'dist/src/**/*.test.js',
  port: await freePort(),
  nodeResolve: true,
  middleware: [procedureRoutes],
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
