import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, jsonDigest, type SchemaValidator } from '@hoso/core';
import { compile as compilePrecompiled } from '@hoso/core/precompiled';
import { buildProcedureValidator } from '../src/standalone.js';

const fixture = new URL('../../../core/test/fixtures/household.json', import.meta.url);

describe('buildProcedureValidator', () => {
  let dir = '';
  let definition: any;
  let validate: SchemaValidator & Record<string, unknown>;

  before(async () => {
    definition = JSON.parse(await readFile(fixture, 'utf8'));
    dir = await mkdtemp(join(tmpdir(), 'hoso-procedure-validator-'));
    const file = join(dir, 'validator.mjs');
    await writeFile(file, await buildProcedureValidator(compile(definition)));
    validate = ((await import(pathToFileURL(file).href)) as { default: typeof validate }).default;
  });

  after(() => rm(dir, { recursive: true, force: true }));

  it('stamps the module with the digests of the definition and of its data schema', () => {
    assert.equal(validate['checkedDefinition'], jsonDigest(definition));
    assert.equal(validate['dataSchema'], jsonDigest(compile(definition).dataSchema));
  });

  it('lets the precompiled entry compile that definition without the checker', () => {
    const compiled = compilePrecompiled(definition, { schemaValidator: validate });
    const verdict = compiled.validate({}, { today: '2026-12-01' });
    assert.equal(verdict.valid, false);
    assert.ok(verdict.errors.some((e) => e.code === 'required'));
  });

  it('is refused with another procedure whose data differs', () => {
    const other = structuredClone(definition);
    other.steps[0].elements.pop();
    assert.throws(
      () => compilePrecompiled(other, { schemaValidator: validate }),
      /checkDefinition/,
    );
    assert.throws(
      () => compile(other, { schemaValidator: validate }),
      (error: any) => error.problems?.[0]?.code === 'validator-mismatch',
    );
  });
});
