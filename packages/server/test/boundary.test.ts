import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BoundaryError } from '../src/boundary/boundary-error.js';
import { parseStrictJson } from '../src/boundary/strict-json.js';
import { createSubmissionHandler } from '../src/submission/handle-submission.js';

const definition = JSON.parse(
  await readFile(new URL('../../../core/test/fixtures/household.json', import.meta.url), 'utf8'),
);
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseStrictJson(encode(text));
const refusal = (text: string) => {
  try {
    parseStrictJson(encode(text));
    return 'accept';
  } catch (error) {
    return error instanceof BoundaryError ? error.code : 'crash';
  }
};

async function* chunks(...parts: (string | Uint8Array)[]) {
  for (const part of parts) yield typeof part === 'string' ? encode(part) : part;
}

async function* slow(text: string, delayMs: number) {
  for (const char of text) {
    await new Promise((r) => setTimeout(r, delayMs));
    yield encode(char);
  }
}

/** A multipart body as a browser would build it. */
async function multipartRequest(form: FormData) {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const bytes = new Uint8Array(await request.arrayBuffer());
  return {
    method: 'POST',
    headers: { 'content-type': request.headers.get('content-type')! },
    body: chunks(bytes),
  };
}

describe('strict JSON', () => {
  it('keeps __proto__ and constructor as plain own data', () => {
    const value = parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<
      string,
      unknown
    >;
    assert.deepEqual(Object.keys(value), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('keeps numbers that print back as the same decimal, refuses the others', () => {
    assert.deepEqual(
      parse('[1.0, 0.1, 1e2, -0, 9007199254740991, 1.5E-7]'),
      [1, 0.1, 100, 0, 9007199254740991, 1.5e-7],
    );
    assert.equal(refusal('9007199254740993'), 'json-number-precision');
    assert.equal(refusal('1.00000000000000000001'), 'json-number-precision');
    assert.equal(refusal('1e400'), 'json-number-range');
    assert.equal(refusal('1e-400'), 'json-number-precision');
  });

  it('says where and why it refuses', () => {
    try {
      parse('{\n  "a": [1,\n  2,,]\n}');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof BoundaryError);
      assert.equal(error.status, 400);
      assert.deepEqual(error.position, { offset: 17, line: 3, column: 5 });
      assert.match(error.localized.vi, /JSON không hợp lệ/);
    }
    assert.equal(refusal('{"a": {"b": 1, "b": 2}}'), 'json-duplicate-key');
    assert.equal(refusal('"\\ud800"'), 'json-lone-surrogate');
    assert.equal(refusal('"\\u0000"'), 'json-nul');
    assert.equal(refusal('['.repeat(65) + ']'.repeat(65)), 'json-depth');
    assert.equal(refusal('['.repeat(100_000)), 'json-depth');
  });

  it('never crashes or hangs on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          parseStrictJson(bytes);
        } catch (error) {
          assert.ok(error instanceof BoundaryError, String(error));
        }
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        const verdict = refusal(text);
        assert.ok(verdict !== 'crash');
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});

describe('submission handler', () => {
  const handler = createSubmissionHandler(definition, {
    maxJsonBytes: 4096,
    timeoutMs: 300,
    today: () => '2026-11-22',
  });
  const send = (
    body: AsyncIterable<Uint8Array>,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    method = 'POST',
  ) => handler.handle({ method, headers, body });

  it('validates with the pipeline: 422 with errors in both languages, 200 with cleaned data', async () => {
    const invalid = await send(chunks('{"fullName": "  Hoa "}'));
    assert.equal(invalid.response.status, 422);
    const body = invalid.response.body as {
      errors: { path: string; message: { vi: string; en: string } }[];
    };
    assert.equal(body.errors[0]!.path, 'birthDate');
    assert.ok(body.errors[0]!.message.vi && body.errors[0]!.message.en);
    assert.equal(invalid.result?.data['fullName'], 'Hoa');
  });

  it('answers every refusal at the boundary with a 4xx', async () => {
    assert.equal((await send(chunks('x'.repeat(5000)))).response.status, 413);
    assert.equal((await send(slow('{"fullName": "Hoa"}', 40))).response.status, 408);
    assert.equal(
      (await send(chunks('<xml/>'), { 'content-type': 'text/xml' })).response.status,
      415,
    );
    assert.equal((await send(chunks('{}'), {}, 'PUT')).response.status, 405);
    assert.equal((await send(chunks('{"a":1,"a":2}'))).response.status, 400);
  });

  it('streams files to disk with server names, sniffed types, hashes and intact Vietnamese names', async () => {
    const uploadDir = await mkdtemp(join(tmpdir(), 'hoso-up-'));
    const files = createSubmissionHandler(definition, { uploadDir });
    const form = new FormData();
    form.append('data', JSON.stringify({ fullName: 'Hoa' }));
    const pdf = '%PDF-1.7\nnội dung';
    form.append(
      '$documents.idCard',
      new Blob([pdf], { type: 'image/png' }),
      'Giấy tờ tùy thân – bản sao.pdf',
    );
    const outcome = await files.handle(await multipartRequest(form));
    assert.equal(outcome.files.length, 1);
    const [file] = outcome.files;
    assert.equal(file!.name, 'Giấy tờ tùy thân – bản sao.pdf');
    assert.equal(file!.mediaType, 'application/pdf', 'the bytes win over the declared type');
    assert.equal(file!.sha256, createHash('sha256').update(pdf).digest('hex'));
    assert.match(file!.path, /[0-9a-f-]{36}$/);
    assert.equal(await readFile(file!.path, 'utf8'), pdf);
  });

  it('turns files into $documents references with the server id, and checks the sniffed type against accept', async () => {
    const uploadDir = await mkdtemp(join(tmpdir(), 'hoso-up-'));
    const files = createSubmissionHandler(definition, { uploadDir, today: () => '2026-11-22' });
    const form = new FormData();
    form.append('data', JSON.stringify({ fullName: 'Hoa' }));
    // Named .pdf and declared as PDF, but the bytes are a PNG: the document accepts PDF or JPEG.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    form.append('$documents.idCard', new Blob([png], { type: 'application/pdf' }), 'scan.pdf');
    const outcome = await files.handle(await multipartRequest(form));
    const [file] = outcome.files;
    assert.equal(file!.mediaType, 'image/png');
    const refs = (outcome.result!.data['$documents'] as Record<string, unknown[]>)['idCard'];
    assert.deepEqual(refs, [
      {
        name: 'scan.pdf',
        type: 'image/png',
        size: png.length,
        sha256: createHash('sha256').update(png).digest('hex'),
        id: file!.id,
      },
    ]);
    assert.ok(file!.path.endsWith(file!.id));
    assert.equal(outcome.response.status, 422);
    const errors = (outcome.response.body as { errors: { path: string; code: string }[] }).errors;
    assert.ok(errors.some((e) => e.path === '$documents.idCard' && e.code === 'accept'));
  });

  it('refuses a data part that is not UTF-8, byte for byte', async () => {
    const boundary = 'hoso-boundary';
    const body = [
      encode(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n`),
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), // {"a":"\xc3("}
      encode(`\r\n--${boundary}--\r\n`),
    ];
    const outcome = await handler.handle({
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: chunks(...body),
    });
    assert.equal(outcome.response.status, 400);
    assert.equal((outcome.response.body as { code: string }).code, 'invalid-utf8');
  });

  it('abandons a multipart body that trickles in (408) and leaves no file behind', async () => {
    const uploadDir = await mkdtemp(join(tmpdir(), 'hoso-up-'));
    const files = createSubmissionHandler(definition, { uploadDir, timeoutMs: 300 });
    const boundary = 'hoso-boundary';
    async function* trickle() {
      yield encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="$documents.idCard"; filename="a.pdf"\r\n\r\n%PDF-1.7 `,
      );
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 20));
        yield encode('x');
      }
    }
    const started = Date.now();
    const outcome = await files.handle({
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: trickle(),
    });
    assert.equal(outcome.response.status, 408);
    assert.equal((outcome.response.body as { code: string }).code, 'body-timeout');
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(await readdir(uploadDir), []);
  });

  it('deletes every written file when a later part is refused', async () => {
    const uploadDir = await mkdtemp(join(tmpdir(), 'hoso-up-'));
    const files = createSubmissionHandler(definition, { uploadDir });
    const form = new FormData();
    form.append('$documents.idCard', new Blob(['%PDF-1.7 first']), 'a.pdf');
    form.append(
      '$documents.idCard',
      new Blob(['%PDF-1.7' + 'x'.repeat(1024 * 1024 + 1)]),
      'too-big.pdf',
    );
    form.append('data', '{}');
    const outcome = await files.handle(await multipartRequest(form));
    assert.equal(outcome.response.status, 413);
    assert.equal((outcome.response.body as { code: string }).code, 'file-too-large');
    assert.deepEqual(await readdir(uploadDir), []);
  });

  it('refuses unknown slots, empty files and a missing data part', async () => {
    const uploadDir = await mkdtemp(join(tmpdir(), 'hoso-up-'));
    const files = createSubmissionHandler(definition, { uploadDir });
    const cases: [FormData, string][] = [];
    let form = new FormData();
    form.append('data', '{}');
    form.append('$documents.passport', new Blob(['%PDF']), 'p.pdf');
    cases.push([form, 'file-slot']);
    form = new FormData();
    form.append('data', '{}');
    form.append('$documents.idCard', new Blob([]), 'empty.pdf');
    cases.push([form, 'file-empty']);
    form = new FormData();
    form.append('$documents.idCard', new Blob(['%PDF-1.7']), 'a.pdf');
    cases.push([form, 'multipart-no-data']);
    for (const [body, code] of cases) {
      const outcome = await files.handle(await multipartRequest(body));
      assert.equal((outcome.response.body as { code: string }).code, code);
      assert.ok(outcome.response.status >= 400 && outcome.response.status < 500);
    }
    assert.deepEqual(await readdir(uploadDir), []);
  });

  it('answers garbage multipart bodies with a 4xx, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const outcome = await handler.handle({
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
          body: chunks(bytes),
        });
        assert.ok(
          outcome.response.status >= 400 && outcome.response.status < 500,
          String(outcome.response.status),
        );
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
