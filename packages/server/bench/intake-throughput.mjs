// Sustained intake throughput: dossiers validated and durably stored, each with one small
// attachment, from 16 concurrent clients, on the embedded store and on PostgreSQL.
// Run: node packages/server/bench/intake-throughput.mjs   (DATABASE_URL for PostgreSQL)
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIntakeServer } from '../dist/src/index.js';

const definitionFile = new URL('../../core/test/fixtures/household.json', import.meta.url);
const definition = JSON.parse(await readFile(definitionFile, 'utf8'));
/** A valid answer to the household fixture, without its document (uploaded as a file). */
const submission = JSON.parse(
  await readFile(
    new URL('../../core/test/fixtures/household-submission.json', import.meta.url),
    'utf8',
  ),
);
const CLIENTS = 16;
const SECONDS = Number(process.env.SECONDS ?? 10);

for (const store of ['pglite', 'postgres']) {
  if (store === 'postgres' && !process.env.DATABASE_URL) {
    console.log('| postgres | (set DATABASE_URL) |');
    continue;
  }
  const server = await startIntakeServer({
    port: 0,
    dataDir: await mkdtemp(join(tmpdir(), 'hoso-bench-')),
    ...(store === 'postgres' ? { databaseUrl: process.env.DATABASE_URL } : {}),
    publish: [definitionFile.pathname],
    log: () => undefined,
  });
  let stored = 0;
  let counter = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline) {
        const n = counter++;
        const form = new FormData();
        form.append('data', JSON.stringify(submission));
        form.append('$documents.idCard', new Blob([`%PDF-1.7\n${n}`]), `cccd-${n}.pdf`);
        const response = await fetch(`${server.url}/api/procedures/${definition.id}/dossiers`, {
          method: 'POST',
          headers: { 'idempotency-key': `bench-${store}-${n}-${Date.now()}` },
          body: form,
        });
        if (response.status === 201) stored++;
        await response.arrayBuffer();
      }
    }),
  );
  await server.close();
  console.log(
    `| ${store} | ${(stored / SECONDS).toFixed(0)} dossiers/s | ${stored} in ${SECONDS} s, ${CLIENTS} clients |`,
  );
}
