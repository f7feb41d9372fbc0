// Browser tests of @hoso/elements in Debian's Chromium. Browsers load no ajv: Node precompiles
// the fixtures' data-schema validators first (as `hoso compile` does).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@hoso/core';
import { chromium } from '../../.ci/chromium.mjs';
import { buildProcedureValidator } from '@hoso/cli';

const OUT = new URL('./dist/test-fixtures/', import.meta.url);
await mkdir(OUT, { recursive: true });
const definition = JSON.parse(
  await readFile(new URL('../core/test/fixtures/household.json', import.meta.url), 'utf8'),
);
await writeFile(
  new URL('household.validator.js', OUT),
  await buildProcedureValidator(compile(definition)),
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
  await buildProcedureValidator(compile(withFile)),
);

// The household procedure whose children each attach a birth certificate (a `file` element in
// the `kids` repeater collecting the `birthCert` document).
const withKidFiles = structuredClone(definition);
withKidFiles.documents.push({
  key: 'birthCert',
  title: { vi: 'Giấy khai sinh của con', en: "Child's birth certificate" },
  form: 'copy',
  accept: ['application/pdf'],
});
withKidFiles.steps[1].elements[0].elements.push({
  type: 'file',
  key: 'cert',
  label: { vi: 'Giấy khai sinh', en: 'Birth certificate' },
  accept: ['application/pdf'],
  document: 'birthCert',
});
await writeFile(new URL('household-kid-files.json', OUT), JSON.stringify(withKidFiles));
await writeFile(
  new URL('household-kid-files.validator.js', OUT),
  await buildProcedureValidator(compile(withKidFiles)),
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

/**
 * The real intake server (`hoso serve`, embedded store in a temporary folder) publishing the
 * household fixture, so one test submits a dossier end to end. Started on the first request
 * for it (runs of other test files do not wait for it); it lives as long as this process.
 */
async function startIntake() {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'hoso-elements-intake-'));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./bin.js', import.meta.resolve('@hoso/cli'))),
      'serve',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--publish',
      fileURLToPath(new URL('household.json', OUT)),
    ],
    { env, stdio: 'ignore' },
  );
  process.on('exit', () => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 600; tries++) {
    const up = await fetch(`${origin}/api/procedures`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return origin;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the intake server did not start');
}

let intake;

/** `/real/…` is the intake server, proxied so that the page sees it on its own origin. */
async function intakeProxy(ctx, next) {
  if (!ctx.path.startsWith('/real/')) return next();
  const origin = await (intake ??= startIntake());
  await new Promise((resolve, reject) => {
    const { host: _host, ...headers } = ctx.req.headers;
    const forwarded = request(
      `${origin}${ctx.url.slice('/real'.length)}`,
      { method: ctx.method, headers },
      (answer) => {
        ctx.status = answer.statusCode ?? 502;
        for (const [name, value] of Object.entries(answer.headers))
          if (value !== undefined && name !== 'transfer-encoding') ctx.set(name, value);
        ctx.body = answer;
        resolve();
      },
    );
    forwarded.on('error', reject);
    ctx.req.pipe(forwarded);
  });
}

export default {
  files: 'dist/src/**/*.test.js',
  port: await freePort(),
  nodeResolve: true,
  middleware: [procedureRoutes, intakeProxy],
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // The end-to-end test waits for the intake server's first start.
  testsFinishTimeout: 300_000,
};
