import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAjv } from '@hoso/core';
import { hashToken, TokenAuth } from '../src/intake/auth.js';
import { createIntakeApp } from '../src/intake/http/intake-app.js';
import type { IntakeContext } from '../src/intake/intake-context.js';
import { startIntakeServer, type RunningIntakeServer } from '../src/intake/serve.js';

const root = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const documentFile = root('packages/server/openapi.json');
const household = root('packages/core/test/fixtures/household.json');
const marriage = root('examples/procedures/1.000894-dang-ky-ket-hon/definition.json');

type Json = Record<string, any>;
const openapi: Json = JSON.parse(await readFile(documentFile, 'utf8'));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Each component schema reachable as `#/$defs/<name>`, so ajv can compile any one of them. */
function toDefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string'
        ? v.replace('#/components/schemas/', '#/$defs/')
        : toDefs(v),
    ]),
  );
}
const defs = toDefs(openapi['components'].schemas);
const ajv = createAjv();

function operationFor(method: string, path: string): Json | undefined {
  for (const [template, item] of Object.entries<Json>(openapi['paths'])) {
    const pattern = new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    if (pattern.test(path) && item[method.toLowerCase()]) return item[method.toLowerCase()];
  }
  return undefined;
}

/** Checks a real response against the document: its status is listed, its body fits. */
function conforms(method: string, path: string, status: number, type: string, body: unknown) {
  const where = `${method} ${path} → ${status}`;
  // A method the path does not have: the document's generic refusal.
  const operation =
    status === 405
      ? { responses: { 405: { $ref: '#/components/responses/MethodNotAllowed' } } }
      : operationFor(method, path);
  assert.ok(operation, `${where}: no operation in the document`);
  let response: Json | undefined = operation['responses'][String(status)];
  assert.ok(response, `${where}: status not documented`);
  if (response['$ref'])
    response = openapi['components'].responses[response['$ref'].split('/').pop()];
  const mediaType = type.split(';')[0]!.trim();
  const schema = response!['content']?.[mediaType]?.schema;
  if (status === 304) return;
  assert.ok(schema, `${where}: no schema for ${mediaType}`);
  if (mediaType !== 'application/json') return;
  const validate = ajv.compile({ $defs: defs, ...(toDefs(schema) as Json) });
  assert.ok(validate(body), `${where}: ${ajv.errorsText(validate.errors)}`);
}

describe('the OpenAPI document', () => {
  it('lists exactly the routes the intake server answers', () => {
    const app = createIntakeApp({
      ctx: {} as IntakeContext,
      auth: new TokenAuth([]),
      readBody: async () => ({ data: undefined, files: [] }),
    });
    const served = app.routes.map((r) => `${r.method} ${r.path}`).sort();
    const documented = Object.entries<Json>(openapi['paths'])
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((k) => METHODS.includes(k))
          .map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    assert.deepEqual(documented, served);
  });

  it('documents the vi/en error body and the officer token', () => {
    const error = openapi['components'].schemas.Error;
    assert.deepEqual(error.required, ['code', 'message']);
    assert.deepEqual(openapi['components'].schemas.Message.required, ['vi', 'en']);
    assert.equal(openapi['components'].securitySchemes.officerToken.scheme, 'bearer');
  });
});

describe('real responses against the OpenAPI document', { timeout: 120_000 }, () => {
  let server: RunningIntakeServer;
  const publisher = { authorization: 'Bearer publisher-token' };
  const officer = { authorization: 'Bearer officer-token' };

  before(async () => {
    server = await startIntakeServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-openapi-')),
      publish: [household],
      officers: [
        { name: 'Trần Thị Hoa', roles: ['publisher'], token: hashToken('publisher-token') },
        { name: 'Lê Văn Nam', roles: ['officer'], token: hashToken('officer-token') },
      ],
      validatorModule: async ({ dataSchema }) => `export default ${JSON.stringify(dataSchema)};`,
      log: () => undefined,
    });
  });
  after(() => server.close());

  /** One request; the answer must match the document. */
  async function call(method: string, path: string, init: RequestInit = {}) {
    const response = await fetch(server.url + path, { ...init, method });
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const body = type.includes('json') ? JSON.parse(text) : text;
    conforms(method, path, response.status, type, body);
    return { status: response.status, body, headers: response.headers };
  }
  const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  const submission = {
    fullName: 'Đỗ Minh Khoa',
    birthDate: '1985-10-10',
    idNumber: '031085004321',
    maritalStatus: 'single',
    address: { residence: { province: '31', commune: '11311' } },
    declaration: true,
    $delivery: 'post',
  };
  const withIdCard = (data: unknown) => {
    const form = new FormData();
    form.append('data', JSON.stringify(data));
    form.append('$documents.idCard', new Blob(['%PDF-1.7\nHoso']), 'cccd.pdf');
    return form;
  };

  it('publishing', async () => {
    const definition = JSON.parse(await readFile(marriage, 'utf8'));
    assert.equal((await call('POST', '/api/procedures', json(definition, publisher))).status, 201);
    assert.equal((await call('POST', '/api/procedures', json(definition, publisher))).status, 200);
    const changed = { ...definition, title: { vi: 'Khác', en: 'Other' } };
    const conflict = await call('POST', '/api/procedures', json(changed, publisher));
    assert.equal(conflict.status, 409);
    const invalid = await call('POST', '/api/procedures', json({ id: 'x' }, publisher));
    assert.equal(invalid.status, 422);
    assert.ok(invalid.body.problems.length > 0);
    assert.equal((await call('POST', '/api/procedures', json(definition))).status, 401);
    assert.equal((await call('POST', '/api/procedures', json(definition, officer))).status, 403);
    const syntax = await call('POST', '/api/procedures', json('{"id": ', publisher));
    assert.equal(syntax.body.code, 'json-syntax');
  });

  it('reading procedures, definitions, validator modules and this document', async () => {
    const list = await call('GET', '/api/procedures');
    assert.equal(list.body.length, 2);
    await call('GET', '/api/procedures/dang-ky-ket-hon');
    assert.equal((await call('GET', '/api/procedures/dang-ky-ket-hon@9.9.9')).status, 404);
    const module = await call('GET', '/api/procedures/dang-ky-ket-hon@1.0.1/validator.js');
    assert.equal(module.status, 200);
    const etag = module.headers.get('etag')!;
    const again = await call('GET', '/api/procedures/dang-ky-ket-hon@1.0.1/validator.js', {
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.status, 304);
    const served = await call('GET', '/api/openapi.json');
    assert.deepEqual(served.body, openapi);
    assert.equal((await call('DELETE', '/api/procedures')).status, 405);
  });

  it('submitting, tracking and the back office', async () => {
    const path = '/api/procedures/test-household/dossiers';
    const key = { 'idempotency-key': 'openapi-test-1' };
    const created = await call('POST', path, { body: withIdCard(submission), headers: key });
    assert.equal(created.status, 201);
    assert.equal(
      (await call('POST', path, { body: withIdCard(submission), headers: key })).status,
      200,
    );
    const reused = await call('POST', path, {
      body: withIdCard({ ...submission, fullName: 'Người Khác' }),
      headers: key,
    });
    assert.equal(reused.status, 409);
    const invalid = await call('POST', path, {
      body: withIdCard({ ...submission, idNumber: '1' }),
      headers: { 'idempotency-key': 'openapi-test-2' },
    });
    assert.equal(invalid.status, 422);
    assert.equal((await call('POST', path, { body: withIdCard(submission) })).status, 400);
    const wrongType = await call('POST', path, {
      body: 'x',
      headers: { 'content-type': 'text/plain', ...key },
    });
    assert.equal(wrongType.status, 415);

    const code = encodeURIComponent(created.body.receipt.code);
    const proof = { 'x-dossier-proof': created.body.secret };
    assert.equal((await call('GET', `/api/dossiers/${code}`, { headers: proof })).status, 200);
    assert.equal((await call('GET', `/api/dossiers/${code}`)).status, 400);
    const wrong = await call('GET', `/api/dossiers/${code}`, {
      headers: { 'x-dossier-proof': 'nope' },
    });
    assert.equal(wrong.status, 404);

    const queue = await call('GET', '/api/queue', { headers: officer });
    const [entry] = queue.body;
    assert.equal((await call('GET', '/api/queue')).status, 401);
    const transitions = `/api/dossiers/${code}/transitions`;
    const moved = await call(
      'POST',
      transitions,
      json({ action: 'forward', revision: entry.revision }, officer),
    );
    assert.equal(moved.status, 200);
    const stale = await call(
      'POST',
      transitions,
      json({ action: 'forward', revision: 1 }, officer),
    );
    assert.equal(stale.status, 409);
    const malformed = await call('POST', transitions, json({ action: 'forward' }, officer));
    assert.equal(malformed.status, 400);
    assert.equal((await call('GET', '/api/statistics', { headers: officer })).status, 200);
    assert.equal((await call('GET', '/api/statistics')).status, 401);
  });
});
