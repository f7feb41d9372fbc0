import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { corsPolicy } from '../src/intake/http/cors.js';
import { startIntakeServer, type RunningIntakeServer } from '../src/intake/serve.js';

const fixture = fileURLToPath(
  new URL('../../../core/test/fixtures/household.json', import.meta.url),
);
const PORTAL = 'https://dichvucong.example.gov.vn';

/** What a portal on this or another origin needs: validator modules and CORS. */
describe('the portal-facing API', () => {
  let server: RunningIntakeServer;
  let bare: RunningIntakeServer;
  const built: object[] = [];

  before(async () => {
    server = await startIntakeServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-portal-api-')),
      publish: [fixture],
      log: () => undefined,
      allowedOrigins: [PORTAL],
      // Stands in for buildProcedureValidator: a module that shows which schema it got.
      validatorModule: async ({ dataSchema }) => {
        built.push(dataSchema);
        return `export default ${JSON.stringify(dataSchema)};\n`;
      },
    });
    bare = await startIntakeServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-portal-bare-')),
      publish: [fixture],
      log: () => undefined,
    });
  });
  after(async () => {
    await server.close();
    await bare.close();
  });

  it("serves each version's validator module once built, with its ETag", async () => {
    const first = await fetch(`${server.url}/api/procedures/test-household@1.2.0/validator.js`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(first.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"test-household@1\.2\.0-[0-9a-f]{16}"$/);
    const schema = JSON.parse((await first.text()).replace(/^export default |;\n$/g, ''));
    assert.equal(schema.type, 'object');
    assert.ok('fullName' in schema.properties, 'the data schema of the definition');

    const latest = await fetch(`${server.url}/api/procedures/test-household/validator.js`);
    assert.equal(latest.headers.get('cache-control'), 'no-cache');
    assert.equal(latest.headers.get('etag'), etag);
    await latest.text();
    const unchanged = await fetch(`${server.url}/api/procedures/test-household/validator.js`, {
      headers: { 'if-none-match': etag! },
    });
    assert.equal(unchanged.status, 304);
    assert.equal(built.length, 1, 'built once per id@version');
  });

  it('explains a missing version, and a server without a module builder', async () => {
    const missing = await fetch(`${server.url}/api/procedures/test-household@9.0.0/validator.js`);
    assert.equal(missing.status, 404);
    const off = await fetch(`${bare.url}/api/procedures/test-household/validator.js`);
    assert.equal(off.status, 404);
    const body = (await off.json()) as { code: string; message: { vi: string; en: string } };
    assert.equal(body.code, 'validator-modules-off');
    assert.match(body.message.en, /hoso compile/);
    assert.match(body.message.vi, /hoso compile/);
  });

  it('lets listed origins call the public API and answers their preflights', async () => {
    const list = await fetch(`${server.url}/api/procedures`, { headers: { origin: PORTAL } });
    assert.equal(list.headers.get('access-control-allow-origin'), PORTAL);
    assert.equal(list.headers.get('vary'), 'origin');
    const preflight = await fetch(`${server.url}/api/procedures/test-household/dossiers`, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, POST');
    assert.match(preflight.headers.get('access-control-allow-headers')!, /idempotency-key/);
    assert.match(preflight.headers.get('access-control-allow-headers')!, /x-dossier-proof/);
    // Errors carry the header too, so the portal can read the reason.
    const untracked = await fetch(`${server.url}/api/dossiers/NO-SUCH`, {
      headers: { origin: PORTAL },
    });
    assert.equal(untracked.status, 400);
    assert.equal(untracked.headers.get('access-control-allow-origin'), PORTAL);
  });

  it('varies public answers by origin for every caller, so shared caches keep them apart', async () => {
    const stranger = await fetch(`${server.url}/api/procedures`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    assert.equal(stranger.headers.get('vary'), 'origin');
    const sameOrigin = await fetch(
      `${server.url}/api/procedures/test-household@1.2.0/validator.js`,
    );
    assert.equal(sameOrigin.status, 200);
    assert.equal(sameOrigin.headers.get('vary'), 'origin');
  });

  it('keeps other origins and the officer routes same-origin only', async () => {
    const stranger = await fetch(`${server.url}/api/procedures`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    const queue = await fetch(`${server.url}/api/queue`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
    });
    assert.equal(queue.status, 405);
    assert.equal(queue.headers.get('access-control-allow-origin'), null);
    // Publishing shares its path with the public list, not its openness.
    const publish = await fetch(`${server.url}/api/procedures`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST' },
    });
    assert.equal(publish.status, 405);
    assert.equal(publish.headers.get('access-control-allow-origin'), null);
    const posted = await fetch(`${server.url}/api/procedures`, {
      method: 'POST',
      headers: { origin: PORTAL, 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(posted.status, 401);
    assert.equal(posted.headers.get('access-control-allow-origin'), null);
    const byDefault = await fetch(`${bare.url}/api/procedures`, { headers: { origin: PORTAL } });
    assert.equal(byDefault.headers.get('access-control-allow-origin'), null);
  });
});

describe('the CORS policy', () => {
  /** A response that records the headers set on it and whether it was answered. */
  function recorder() {
    const headers: Record<string, string> = {};
    const res = {
      ended: 0,
      setHeader: (name: string, value: string) => (headers[name] = value),
      writeHead(status: number) {
        headers[':status'] = String(status);
        return { end: () => res.ended++ };
      },
    };
    return { headers, res: res as unknown as ServerResponse & { ended: number } };
  }
  const request = (method: string, origin?: string) =>
    ({ method, headers: origin ? { origin } : {} }) as IncomingMessage;

  it('allows any origin with *, without varying by origin', () => {
    const { headers, res } = recorder();
    assert.equal(corsPolicy(['*']).apply(request('GET', 'https://a.example'), res), false);
    assert.deepEqual(headers, { 'access-control-allow-origin': '*' });
  });

  it('matches listed origins case-insensitively, ignoring a trailing slash in the list', () => {
    const { headers, res } = recorder();
    const policy = corsPolicy(['https://Portal.example/']);
    assert.equal(policy.apply(request('OPTIONS', 'https://portal.example'), res), true);
    assert.equal(headers['access-control-allow-origin'], 'https://portal.example');
    assert.equal(headers[':status'], '204');
  });

  it("answers a stranger's preflight without granting anything", () => {
    const { headers, res } = recorder();
    assert.equal(corsPolicy([]).apply(request('OPTIONS', 'https://x.example'), res), true);
    assert.deepEqual(headers, { ':status': '204' });
    assert.equal(res.ended, 1);
  });
});
