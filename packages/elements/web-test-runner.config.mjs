// Browser tests of @hoso/elements in Debian's Chromium. Browsers load no ajv: Node precompiles
// the fixtures' data-schema validators first (as `hoso compile` does).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

export default {
  files: 'dist/src/**/*.test.js',
  nodeResolve: true,
  middleware: [procedureRoutes],
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
