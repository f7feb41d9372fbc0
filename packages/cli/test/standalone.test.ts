import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { createAjv } from '@hoso/core';
import { buildStandaloneValidator } from '../src/standalone.js';

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const applicantSchema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', minLength: 2, maxLength: 100 },
    citizenId: { type: 'string', pattern: '^[0-9]{12}$' },
    birthDate: { type: 'string', format: 'date' },
    email: { type: 'string', format: 'email' },
  },
  required: ['fullName', 'citizenId', 'birthDate'],
  additionalProperties: false,
};

const inputs: unknown[] = [
  { fullName: 'Nguyễn Văn An', citizenId: '001090012345', birthDate: '1990-05-17' },
  { fullName: 'Lê Thị Bình', citizenId: '079185000123', birthDate: '1985-02-28', email: 'b@x.vn' },
  { fullName: 'A', citizenId: '0010900123', birthDate: '1990-02-30', email: 'not-an-email' },
  { fullName: '𝒜', citizenId: '001090012345', birthDate: '1990-05-17' }, // one code point
  { citizenId: 12, birthDate: '17/05/1990', extra: true },
  { fullName: '', citizenId: '', birthDate: '' },
  'not an object',
  null,
  [],
];

/** The parts of an error that Hoso maps to messages; `message` text is ajv's English. */
function verdictOf(validate: ValidateFunction, data: unknown) {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map(({ instancePath, keyword, params }) => ({
    instancePath,
    keyword,
    params,
  }));
  return { valid, errors };
}

describe('buildStandaloneValidator', () => {
  let dir = '';
  let source = '';
  let standalone: ValidateFunction;

  before(async () => {
    source = await buildStandaloneValidator(applicantSchema);
    dir = await mkdtemp(join(tmpdir(), 'hoso-standalone-'));
    const file = join(dir, 'validate.mjs');
    await writeFile(file, source);
    const loaded = (await import(pathToFileURL(file).href)) as { default: ValidateFunction };
    standalone = loaded.default;
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the same verdicts and errors as the runtime validator', () => {
    const runtime = createAjv().compile(applicantSchema);
    for (const data of inputs) {
      assert.deepEqual(verdictOf(standalone, data), verdictOf(runtime, data), JSON.stringify(data));
    }
  });

  it('actually rejects something, so the comparison above means something', () => {
    assert.equal(standalone(inputs[0]), true);
    assert.equal(standalone(inputs[2]), false);
    const keywords = new Set(standalone.errors?.map((error) => error.keyword));
    assert.deepEqual([...keywords].sort(), ['format', 'minLength', 'pattern']);
  });

  it('is one self-contained module that needs no eval', () => {
    assert.doesNotMatch(source, /new Function/);
    assert.doesNotMatch(source, /\beval\(/);
    assert.doesNotMatch(source, /\brequire\(/);
    assert.doesNotMatch(source, /^\s*import\s/m);
    assert.doesNotMatch(source, /\bimport\(/);
    assert.match(source, /export\s*\{[^}]*\bas default\b/);
  });
});
