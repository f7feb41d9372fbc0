import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runCrashTest } from '../src/intake/crash-test.js';

const bin = fileURLToPath(new URL('../../../cli/dist/src/bin.js', import.meta.url));
const definitionFile = fileURLToPath(
  new URL('../../../core/test/fixtures/household.json', import.meta.url),
);
/** A valid answer to the household fixture, without its document (uploaded as a file). */
const submission = JSON.parse(
  await readFile(
    new URL('../../../core/test/fixtures/household-submission.json', import.meta.url),
    'utf8',
  ),
);

/** The short version that runs in CI; `bench/crash-test.mjs` runs the long one. */
describe('crash test: SIGKILL while dossiers are submitted', { timeout: 240_000 }, () => {
  it('keeps every acknowledged dossier and file on the embedded store', async () => {
    const report = await runCrashTest({
      bin,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-crash-')),
      definitionFile,
      submission,
      documentKey: 'idCard',
      clients: 40,
      perClient: 5,
      kills: 3,
      port: 0,
    });
    assert.deepEqual(report.failures, []);
    assert.equal(report.acknowledged, 200);
    assert.equal(report.restarts, 3);
    assert.ok(report.attempts > report.acknowledged, 'the kills interrupted submissions in flight');
  });

  it('keeps every acknowledged dossier and file on PostgreSQL', async () => {
    const base = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `hoso_crash_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const report = await runCrashTest({
        bin,
        dataDir: await mkdtemp(join(tmpdir(), 'hoso-crash-')),
        databaseUrl: `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        definitionFile,
        submission,
        documentKey: 'idCard',
        clients: 40,
        perClient: 5,
        kills: 3,
        port: 0,
      });
      assert.deepEqual(report.failures, []);
      assert.equal(report.acknowledged, 200);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});
