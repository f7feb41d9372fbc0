import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDefinition } from '@hoso/schema';
import {
  canonicalJson,
  compile,
  DefinitionError,
  fitsDataSchema,
  jsonDigest,
  stampsOf,
  UncheckedDefinitionError,
  vouchesForDefinition,
  type SchemaValidator,
} from '../src/index.js';
import { compile as compilePrecompiled } from '../src/precompiled.js';

const fixture = new URL('../../test/fixtures/household.json', import.meta.url);
const household = (): any => JSON.parse(readFileSync(fixture, 'utf8'));

/** A validate function stamped the way buildProcedureValidator stamps its module. */
function stamped(definition: unknown, stamps = stampsFor(definition)): SchemaValidator {
  const validate = compile(definition).validateSchema;
  return Object.assign((data: unknown) => validate(data), stamps);
}

function stampsFor(definition: unknown) {
  return {
    checkedDefinition: jsonDigest(definition),
    dataSchema: jsonDigest(compile(definition).dataSchema),
  };
}

describe('jsonDigest', () => {
  it('is the same whatever the order of keys, and differs when a value differs', () => {
    const a = { b: [1, { d: 'x', c: null }], a: true };
    const reordered = { a: true, b: [1, { c: null, d: 'x' }] };
    assert.equal(canonicalJson(a), canonicalJson(reordered));
    assert.equal(jsonDigest(a), jsonDigest(reordered));
    assert.notEqual(jsonDigest(a), jsonDigest({ ...a, a: false }));
    assert.notEqual(jsonDigest([1, 2]), jsonDigest([2, 1]));
    assert.match(jsonDigest(a), /^hoso-digest-1:[0-9a-f]{16}$/);
  });

  it('keeps a __proto__ key as data, and orders integer-like keys the same way every time', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":1},"a":2}');
    assert.equal(canonicalJson(parsed), '{"__proto__":{"x":1},"a":2,"b":1}');
    assert.equal(canonicalJson({ b: 1, 10: 1, 2: 2 }), canonicalJson({ 2: 2, b: 1, 10: 1 }));
  });

  it('leaves out undefined properties, as JSON does', () => {
    assert.equal(canonicalJson({ a: 1, b: undefined }), JSON.stringify({ a: 1 }));
  });

  it('tells apart every one-letter change of a real definition', () => {
    const definition = household();
    const digests = new Set<string>([jsonDigest(definition)]);
    const labels = [...new Set(JSON.stringify(definition).match(/"vi":"[^"]+"/g))];
    for (const [index, label] of labels.entries()) {
      const changed = JSON.stringify(definition).replace(label, label.replace('"vi":"', '"vi":"x'));
      digests.add(jsonDigest(JSON.parse(changed)));
      assert.equal(digests.size, index + 2);
    }
  });
});

describe('validator stamps', () => {
  it('vouch for the definition they were built from, in any key order', () => {
    const definition = household();
    const validator = stamped(definition);
    assert.equal(vouchesForDefinition(validator, definition), true);
    const reordered = Object.fromEntries(Object.entries(definition).reverse());
    assert.equal(vouchesForDefinition(validator, reordered), true);
    definition.steps[0].title.vi += '!';
    assert.equal(vouchesForDefinition(validator, definition), false);
  });

  it('are read only from functions, and only in a scheme this version knows', () => {
    assert.deepEqual(stampsOf({ checkedDefinition: jsonDigest({}) }), {});
    assert.deepEqual(stampsOf(Object.assign(() => true, { checkedDefinition: 'md5:abc' })), {});
    assert.equal(
      fitsDataSchema(() => true, { type: 'object' }),
      true,
    );
  });
});

describe('compile from @hoso/core/precompiled', () => {
  it('skips the definition check when the validator vouches for the definition', () => {
    const definition = household();
    let checks = 0;
    const counting = (d: unknown) => (checks++, checkDefinition(d));
    const compiled = compilePrecompiled(definition, {
      schemaValidator: stamped(definition),
      checkDefinition: counting,
    });
    assert.equal(checks, 0);
    assert.equal(compiled.definition.id, definition.id);
  });

  it('checks a definition no validator vouches for, with the checker it is given', () => {
    const definition = household();
    const unstamped = compile(definition).validateSchema;
    assert.throws(
      () => compilePrecompiled(definition, { schemaValidator: unstamped }),
      /pass `checkDefinition` from @hoso\/schema/,
    );
    assert.throws(
      () => compilePrecompiled(definition, { schemaValidator: unstamped }),
      UncheckedDefinitionError,
    );
    const compiled = compilePrecompiled(definition, {
      schemaValidator: unstamped,
      checkDefinition,
    });
    assert.equal(compiled.definition.id, definition.id);

    definition.steps[0].elements[0].type = 'no-such-kind';
    assert.throws(
      () => compilePrecompiled(definition, { schemaValidator: unstamped, checkDefinition }),
      DefinitionError,
    );
  });

  it('accepts a validator of the same data when only text changed (checked here)', () => {
    const definition = household();
    const validator = stamped(definition);
    definition.steps[0].title.vi = 'Thông tin người khai (đã sửa)';
    const compiled = compilePrecompiled(definition, {
      schemaValidator: validator,
      checkDefinition,
    });
    assert.equal(compiled.definition.steps[0]!.title.vi, 'Thông tin người khai (đã sửa)');
  });

  it('refuses a validator built for other data, in both entry points', () => {
    const definition = household();
    const validator = stamped(definition);
    definition.steps[0].elements.push({
      type: 'text',
      key: 'nickname',
      label: { vi: 'Tên gọi khác', en: 'Other name' },
    });
    for (const run of [
      () => compilePrecompiled(definition, { schemaValidator: validator, checkDefinition }),
      () => compile(definition, { schemaValidator: validator }),
    ]) {
      assert.throws(run, (error: unknown) => {
        assert.ok(error instanceof DefinitionError);
        assert.deepEqual(
          error.problems.map((p) => [p.pointer, p.code]),
          [['', 'validator-mismatch']],
        );
        assert.match(error.problems[0]!.message.vi, /validator\.js/);
        return true;
      });
    }
  });
});
