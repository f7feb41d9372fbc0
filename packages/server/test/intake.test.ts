import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VIETNAM_CALENDAR } from '@hoso/core';
import pg from 'pg';
import { CITIZEN, listQueue, statistics, transitionDossier } from '../src/intake/back-office.js';
import type { Database } from '../src/intake/db/database.js';
import { openDatabase } from '../src/intake/db/open-database.js';
import { CompiledCache, publishDefinition } from '../src/intake/definitions.js';
import { FileStore } from '../src/intake/file-store.js';
import type { IntakeContext } from '../src/intake/intake-context.js';
import { IntakeError } from '../src/intake/intake-error.js';
import { submitDossier } from '../src/intake/submit-dossier.js';
import { trackDossier } from '../src/intake/tracking.js';

const definition = JSON.parse(
  await readFile(new URL('../../../core/test/fixtures/household.json', import.meta.url), 'utf8'),
);
const OFFICER = { name: 'Phạm Thu Trang', roles: ['officer'] };
const STRANGER = { name: 'Khách', roles: ['viewer'] };

const validData = {
  fullName: 'Nguyễn Thị Hoa',
  birthDate: '1990-05-17',
  idNumber: '001190012345',
  maritalStatus: 'single',
  address: { residence: { province: '01', commune: '00004' } },
  declaration: true,
  copyCount: 1,
  $delivery: 'counter',
};
const idCard = {
  documentKey: 'idCard',
  name: 'căn cước.pdf',
  mediaType: 'application/pdf',
  bytes: new TextEncoder().encode('%PDF-1.7 test'),
};

/** Fresh PostgreSQL schema per run on the machine's server, so runs never see each other's rows. */
async function postgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `hoso_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`intake store on ${kind}`, () => {
    let db: Database;
    let ctx: IntakeContext;
    let drop = async () => {};
    let now = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 in Hà Nội
    const cache = new CompiledCache();

    before(async () => {
      if (kind === 'postgres') {
        const target = await postgresUrl();
        drop = target.drop;
        db = await openDatabase({ databaseUrl: target.url });
      } else {
        db = await openDatabase({});
      }
      const files = new FileStore(await mkdtemp(join(tmpdir(), 'hoso-files-')));
      ctx = { db, files, calendar: VIETNAM_CALENDAR, agencyCode: '000.00.20.H26', now: () => now };
      await publishDefinition(db, definition);
    });

    after(async () => {
      await db.close();
      await drop();
    });

    const submit = (key: string, data: unknown = validData) =>
      submitDossier(ctx, cache, {
        procedureId: 'test-household',
        version: '1.2.0',
        idempotencyKey: key,
        data,
        files: [{ ...idCard, size: idCard.bytes.length, sha256: sha(idCard.bytes) }],
      });

    it('keeps published versions immutable', async () => {
      assert.deepEqual(await publishDefinition(db, definition), {
        created: false,
        procedureId: 'test-household',
        version: '1.2.0',
      });
      const changed = { ...definition, title: { vi: 'Khác' } };
      await assert.rejects(
        publishDefinition(db, changed),
        (e: unknown) => e instanceof IntakeError && e.status === 409,
      );
      await assert.rejects(
        publishDefinition(db, { id: 'x' }),
        (e: unknown) => e instanceof IntakeError && e.status === 422,
      );
    });

    it('refuses a version numbered lower than its changes need', async () => {
      const narrowed = structuredClone(definition);
      narrowed.version = '1.3.0';
      narrowed.steps[0].elements[0].maxLength = 20; // breaking: needs 2.0.0
      await assert.rejects(publishDefinition(db, narrowed), (e: unknown) => {
        assert.ok(e instanceof IntakeError);
        assert.equal(e.code, 'version-too-low');
        assert.equal(e.extra['requiredBump'], 'major');
        return true;
      });
      narrowed.version = '2.0.0';
      assert.equal((await publishDefinition(db, narrowed)).created, true);
    });

    it('stores a valid submission and answers with a code, a receipt and a secret', async () => {
      const outcome = await submit('key-0001-first');
      assert.equal(outcome.created, true);
      assert.match(outcome.receipt.code, /^000\.00\.20\.H26-261123-0001$/);
      assert.equal(outcome.receipt.dueOn, '2026-11-30', '5 working days after Monday 23/11');
      assert.equal(outcome.receipt.fees.total, 58000);
      assert.equal(outcome.receipt.data['fullName'], 'Nguyễn Thị Hoa');
      assert.deepEqual(
        outcome.receipt.documents.map((d) => [d.key, d.name]),
        [['idCard', 'căn cước.pdf']],
      );
      assert.ok(await ctx.files.has(outcome.receipt.documents[0]!.sha256));
      assert.ok(outcome.secret && outcome.secret.length >= 8);
    });

    it('gives the same dossier for the same idempotency key, and refuses the key for other data', async () => {
      const again = await submit('key-0001-first');
      assert.equal(again.created, false);
      assert.equal(again.secret, undefined);
      assert.equal(again.receipt.code.endsWith('-0001'), true);
      await assert.rejects(
        submit('key-0001-first', { ...validData, fullName: 'Người khác' }),
        (e: unknown) => e instanceof IntakeError && e.status === 409,
      );
    });

    it('creates exactly one dossier when retries race', async () => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit('key-race-0002')));
      assert.equal(new Set(outcomes.map((o) => o.receipt.code)).size, 1);
      assert.equal(outcomes.filter((o) => o.created).length, 1);
    });

    it('refuses invalid submissions with field errors and stores nothing', async () => {
      const before = await db.query('SELECT count(*)::int AS n FROM dossiers');
      await assert.rejects(
        submit('key-invalid-03', { ...validData, idNumber: '12' }),
        (e: unknown) => {
          assert.ok(e instanceof IntakeError);
          assert.equal(e.status, 422);
          assert.deepEqual(
            (e.extra['errors'] as { code: string }[]).map((x) => x.code),
            ['format.citizen-id'],
          );
          return true;
        },
      );
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM dossiers'), before);
    });

    it('refuses a dossier without a delivery choice, with the error the wizard shows', async () => {
      const { $delivery: _chosen, ...unchosen } = validData;
      const before = await db.query('SELECT count(*)::int AS n FROM dossiers');
      await assert.rejects(submit('key-no-delivery', unchosen), (e: unknown) => {
        assert.ok(e instanceof IntakeError);
        assert.equal(e.status, 422);
        assert.deepEqual(e.extra['errors'], [
          {
            path: '$delivery',
            pointer: '/$delivery',
            code: 'required.delivery',
            message: {
              vi: 'Vui lòng chọn cách nhận kết quả.',
              en: 'Choose how to receive the result.',
            },
          },
        ]);
        return true;
      });
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM dossiers'), before);
    });

    it('lets the citizen track a dossier by secret or ID number, nothing else', async () => {
      const { receipt, secret } = await submit('key-track-0004');
      const bySecret = await trackDossier(db, receipt.code, secret!);
      assert.equal(bySecret.stage, 'receive');
      assert.deepEqual(
        bySecret.history.map((h) => h.action),
        ['submit'],
      );
      const byId = await trackDossier(db, receipt.code, '001190012345');
      assert.equal(byId.code, receipt.code);
      await assert.rejects(
        trackDossier(db, receipt.code, 'wrong'),
        (e: unknown) => e instanceof IntakeError && e.status === 404,
      );
    });

    it('moves a dossier through its flow with role checks, a paused clock and an audit log', async () => {
      const { receipt, secret } = await submit('key-flow-00005');
      const code = receipt.code;
      await assert.rejects(
        transitionDossier(ctx, cache, STRANGER, { code, action: 'forward', revision: 1 }),
        (e: unknown) => e instanceof IntakeError && e.status === 403,
      );
      await assert.rejects(
        transitionDossier(ctx, cache, OFFICER, { code, action: 'approve', revision: 1 }),
        (e: unknown) => e instanceof IntakeError && e.status === 409,
      );
      let step = await transitionDossier(ctx, cache, OFFICER, {
        code,
        action: 'forward',
        revision: 1,
      });
      assert.deepEqual(step, { stage: 'process', revision: 2, outcome: null });
      await assert.rejects(
        transitionDossier(ctx, cache, OFFICER, { code, action: 'approve', revision: 1 }),
        (e: unknown) => e instanceof IntakeError && e.code === 'stale-revision',
      );

      step = await transitionDossier(ctx, cache, OFFICER, {
        code,
        action: 'request-supplement',
        revision: 2,
        note: 'Thiếu bản sao',
      });
      now = new Date('2026-11-26T02:00:00Z'); // Thursday: three working days of waiting
      step = await transitionDossier(ctx, cache, CITIZEN, {
        code,
        action: 'supplement',
        revision: step.revision,
      });
      const status = await trackDossier(db, code, secret!);
      assert.equal(status.dueOn, '2026-12-03', 'the due date moves by the 3 working days waited');
      assert.equal(status.pausedSince, null);

      step = await transitionDossier(ctx, cache, OFFICER, {
        code,
        action: 'approve',
        revision: step.revision,
      });
      assert.equal(step.outcome, 'completed');
      const history = (await trackDossier(db, code, secret!)).history;
      assert.deepEqual(
        history.map((h) => `${h.action}:${h.from}->${h.to}`),
        [
          'submit:null->receive',
          'forward:receive->process',
          'request-supplement:process->waiting',
          'supplement:waiting->process',
          'approve:process->done',
        ],
      );
      assert.equal(history[2]!.note, 'Thiếu bản sao');
    });

    it('lets exactly one of many conflicting transitions win', async () => {
      const { receipt } = await submit('key-conflict-06');
      const attempts = await Promise.allSettled(
        Array.from({ length: 100 }, () =>
          transitionDossier(ctx, cache, OFFICER, {
            code: receipt.code,
            action: 'forward',
            revision: 1,
          }),
        ),
      );
      assert.equal(attempts.filter((a) => a.status === 'fulfilled').length, 1);
      const losers = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      assert.ok(losers.every((a) => a.reason instanceof IntakeError && a.reason.status === 409));
    });

    it('lists the queue by role and reports statistics', async () => {
      const queue = await listQueue(ctx, cache, OFFICER);
      assert.ok(queue.length >= 3);
      assert.ok(queue.every((q) => q.stage === 'receive' || q.stage === 'process'));
      assert.deepEqual(await listQueue(ctx, cache, STRANGER), []);
      const stats = await statistics(ctx);
      const done = stats.find((s) => s.stage === 'done');
      assert.equal(done?.completedOnTime, 1);
      assert.equal(
        stats.reduce((n, s) => n + s.received, 0),
        5,
      );
    });

    it('stores the only delivery method of a procedure that offers one, unasked', async () => {
      const single = { ...structuredClone(definition), id: 'test-household-counter' };
      single.delivery = ['counter'];
      await publishDefinition(db, single);
      const { $delivery: _chosen, ...unchosen } = validData;
      const outcome = await submitDossier(ctx, cache, {
        procedureId: 'test-household-counter',
        version: '1.2.0',
        idempotencyKey: 'key-single-delivery',
        data: unchosen,
        files: [{ ...idCard, size: idCard.bytes.length, sha256: sha(idCard.bytes) }],
      });
      assert.equal(outcome.created, true);
      const stored = await db.query<{ delivery: string }>(
        "SELECT data->>'$delivery' AS delivery FROM dossiers WHERE code = $1",
        [outcome.receipt.code],
      );
      assert.deepEqual(stored, [{ delivery: 'counter' }]);
    });
  });
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
