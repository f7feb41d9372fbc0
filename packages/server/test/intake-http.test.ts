import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hashToken } from '../src/intake/auth.js';
import { startIntakeServer, type RunningIntakeServer } from '../src/intake/serve.js';

const fixture = fileURLToPath(
  new URL('../../../core/test/fixtures/household.json', import.meta.url),
);

const submission = {
  fullName: 'Đỗ Minh Khoa',
  birthDate: '1985-10-10',
  idNumber: '031085004321',
  maritalStatus: 'single',
  address: { residence: { province: '31', commune: '11311' } },
  declaration: true,
  $delivery: 'post',
};

/** The submission as a browser sends it: a `data` part and the files. */
function multipart(
  data: unknown,
  files: Record<string, [name: string, bytes: string][]> = {},
): FormData {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (const [slot, list] of Object.entries(files)) {
    for (const [name, bytes] of list) form.append(`$documents.${slot}`, new Blob([bytes]), name);
  }
  return form;
}
const withIdCard = () =>
  multipart(submission, { idCard: [['căn cước công dân.pdf', '%PDF-1.7\nHoso test']] });

describe('intake server over HTTP', () => {
  let server: RunningIntakeServer;
  const officer = { authorization: 'Bearer officer-token-1' };

  before(async () => {
    server = await startIntakeServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-serve-')),
      publish: [fixture],
      officers: [{ name: 'Lê Văn Nam', roles: ['officer'], token: hashToken('officer-token-1') }],
      log: () => undefined,
    });
  });
  after(() => server.close());

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(server.url + path, init);
    const type = response.headers.get('content-type') ?? '';
    const body: any = type.includes('json') ? await response.json() : await response.text();
    return { status: response.status, headers: response.headers, body };
  };
  const upload = (path: string, form: FormData, headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', body: form, headers });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('lists published procedures and serves a definition', async () => {
    const list = await call('/api/procedures');
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.map((p: { id: string; version: string }) => `${p.id}@${p.version}`),
      ['test-household@1.2.0'],
    );
    const definition = await call('/api/procedures/test-household@1.2.0');
    assert.equal(definition.body.code, '1.000002');
    assert.equal((await call('/api/procedures/nothing')).status, 404);
  });

  it('takes a dossier once per idempotency key and lets the citizen track it', async () => {
    const headers = { 'idempotency-key': 'http-test-key-1' };
    const first = await upload('/api/procedures/test-household/dossiers', withIdCard(), headers);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(
      first.body.receipt.documents.map((d: any) => [d.key, d.name, d.type]),
      [['idCard', 'căn cước công dân.pdf', 'application/pdf']],
    );
    const again = await upload('/api/procedures/test-household/dossiers', withIdCard(), headers);
    assert.equal(again.status, 200);
    assert.equal(again.body.receipt.code, first.body.receipt.code);
    const code = encodeURIComponent(first.body.receipt.code);
    const tracked = await call(`/api/dossiers/${code}`, {
      headers: { 'x-dossier-proof': first.body.secret },
    });
    assert.equal(tracked.body.stage, 'receive');
    assert.equal((await call(`/api/dossiers/${code}`)).status, 400);
  });

  it('trusts only uploaded files, checked from their bytes', async () => {
    const claimed = await post(
      '/api/procedures/test-household/dossiers',
      {
        ...submission,
        $documents: { idCard: [{ name: 'x.pdf', type: 'application/pdf', size: 9 }] },
      },
      { 'idempotency-key': 'http-test-key-claim' },
    );
    assert.equal(claimed.status, 422);
    assert.deepEqual(
      claimed.body.errors.map((e: any) => e.code),
      ['required.file'],
    );
    const disguised = await upload(
      '/api/procedures/test-household/dossiers',
      multipart(submission, { idCard: [['cccd.pdf', 'MZ\u0090 not a pdf']] }),
      { 'idempotency-key': 'http-test-key-exe' },
    );
    assert.equal(disguised.status, 422);
    assert.deepEqual(
      disguised.body.errors.map((e: any) => [e.path, e.code]),
      [['$documents.idCard', 'accept']],
    );
    const unknownSlot = await upload(
      '/api/procedures/test-household/dossiers',
      multipart(submission, { passport: [['p.pdf', '%PDF-1.7']] }),
      { 'idempotency-key': 'http-test-key-slot' },
    );
    assert.equal(unknownSlot.status, 400);
    assert.equal(unknownSlot.body.code, 'file-slot');
  });

  it('refuses JSON that readers would disagree on, before validating', async () => {
    const duplicate = await call('/api/procedures/test-household/dossiers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'http-test-key-dup' },
      body: '{"fullName": "A", "fullName": "B"}',
    });
    assert.equal(duplicate.status, 400);
    assert.equal(duplicate.body.code, 'json-duplicate-key');
    assert.equal(duplicate.body.pointer, '/fullName');
  });

  it('answers field errors with 422 and a missing idempotency key with 400', async () => {
    const invalid = await post(
      '/api/procedures/test-household/dossiers',
      { ...submission, idNumber: '1' },
      { 'idempotency-key': 'http-test-key-2' },
    );
    assert.equal(invalid.status, 422);
    assert.equal(invalid.body.errors[0].code, 'format.citizen-id');
    assert.ok(invalid.body.message.vi && invalid.body.message.en);
    assert.equal((await post('/api/procedures/test-household/dossiers', submission)).status, 400);
  });

  it('shows officers their queue and lets them move a dossier', async () => {
    assert.equal((await call('/api/queue')).status, 401);
    assert.equal(
      (await call('/api/queue', { headers: { authorization: 'Bearer wrong' } })).status,
      401,
    );
    const queue = await call('/api/queue', { headers: officer });
    assert.equal(queue.status, 200);
    const [entry] = queue.body;
    assert.deepEqual(
      entry.actions.map((a: { action: string }) => a.action),
      ['forward'],
    );
    const moved = await post(
      `/api/dossiers/${encodeURIComponent(entry.code)}/transitions`,
      { action: 'forward', revision: entry.revision },
      officer,
    );
    assert.deepEqual(moved.body, { stage: 'process', revision: 2, outcome: null });
    const stale = await post(
      `/api/dossiers/${encodeURIComponent(entry.code)}/transitions`,
      { action: 'approve', revision: 1 },
      officer,
    );
    assert.equal(stale.status, 409);
    const stats = await call('/api/statistics', { headers: officer });
    assert.equal(
      stats.body.reduce((n: number, s: { received: number }) => n + s.received, 0),
      1,
    );
  });

  it('serves the officer page under a strict CSP, and nothing outside its folders', async () => {
    const page = await call('/officer');
    assert.equal(page.status, 200);
    assert.match(
      page.headers.get('content-security-policy')!,
      /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/,
    );
    assert.match(page.body, /<script type="importmap">/);
    assert.equal((await call('/vendor/lit/index.js')).status, 200);
    assert.equal((await call('/officer/officer-app.js')).status, 200);
    assert.equal((await call('/vendor/lit/..%2F..%2Fpackage.json')).status, 404);
    assert.equal((await call('/officer/%2e%2e/package.json')).status, 404);
  });
});
