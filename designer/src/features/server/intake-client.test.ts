import { expect } from '@open-wc/testing';
import { listProcedures, publishDefinition } from './intake-client.js';

describe('intake server client', () => {
  const realFetch = window.fetch;
  let calls: { url: string; init?: RequestInit }[] = [];
  const respond = (status: number, body: unknown) => {
    window.fetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url, ...(init ? { init } : {}) });
      return new Response(JSON.stringify(body), { status });
    }) as typeof fetch;
  };
  beforeEach(() => (calls = []));
  afterEach(() => (window.fetch = realFetch));

  it('publishes with the bearer token', async () => {
    respond(201, { procedureId: 'a', version: '1.0.0', created: true });
    const outcome = await publishDefinition('http://x/', 'tok', { id: 'a', version: '1.0.0' });
    expect(outcome).to.deep.equal({ kind: 'created', id: 'a', version: '1.0.0' });
    expect(calls[0]!.url).to.equal('http://x/api/procedures');
    expect(new Headers(calls[0]!.init!.headers).get('authorization')).to.equal('Bearer tok');
  });

  it('reports problems, conflicts and errors', async () => {
    respond(422, { problems: [{ pointer: '/code', code: 'x', message: { vi: 'a', en: 'b' } }] });
    expect((await publishDefinition('http://x', 't', {})).kind).to.equal('problems');
    respond(409, { message: 'other content' });
    expect((await publishDefinition('http://x', 't', {})).kind).to.equal('conflict');
    respond(403, { message: 'role' });
    expect(await publishDefinition('http://x', 't', {})).to.deep.equal({
      kind: 'error',
      message: 'role',
    });
  });

  it('lists published procedures', async () => {
    respond(200, [{ id: 'a', version: '1.0.0' }]);
    expect(await listProcedures('http://x')).to.deep.equal([{ id: 'a', version: '1.0.0' }]);
  });
});
