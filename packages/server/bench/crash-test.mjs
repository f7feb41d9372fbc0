// The long crash test: 200 clients submit dossiers with attachments while the intake server
// is killed with SIGKILL and restarted; then every promise is checked. Both stores.
// Run: node packages/server/bench/crash-test.mjs   (after `pnpm run build`; DATABASE_URL for PostgreSQL)
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCrashTest } from '../dist/src/intake/crash-test.js';

const bin = fileURLToPath(new URL('../../cli/dist/src/bin.js', import.meta.url));
const definitionFile = fileURLToPath(
  new URL('../../core/test/fixtures/household.json', import.meta.url),
);
/** A valid answer to the household fixture, without its document (uploaded as a file). */
const submission = JSON.parse(
  await readFile(
    new URL('../../core/test/fixtures/household-submission.json', import.meta.url),
    'utf8',
  ),
);

for (const store of ['pglite', 'postgres']) {
  if (store === 'postgres' && !process.env.DATABASE_URL) {
    console.log('postgres: skipped (set DATABASE_URL to an empty database)');
    continue;
  }
  const started = Date.now();
  const report = await runCrashTest({
    bin,
    dataDir: await mkdtemp(join(tmpdir(), 'hoso-crash-')),
    ...(store === 'postgres' ? { databaseUrl: process.env.DATABASE_URL } : {}),
    definitionFile,
    submission,
    documentKey: 'idCard',
    clients: 200,
    perClient: 10,
    kills: 6,
    port: 0,
    log: (line) => console.log(`${store}: ${line}`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${store}: ${report.acknowledged} acknowledged in ${report.attempts} attempts, ${report.restarts} restarts, ${seconds} s`,
  );
  console.log(
    report.failures.length === 0 ? `${store}: every promise held` : report.failures.join('\n'),
  );
  if (report.failures.length > 0) process.exitCode = 1;
}
