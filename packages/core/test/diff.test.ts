import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DefinitionError,
  diffDefinitions,
  isVersionSufficient,
  requiredBump,
  type DefinitionChange,
} from '../src/index.js';

interface DiffFixture {
  description: string;
  old: unknown;
  new: unknown;
  expected: { bump: string; changes: Pick<DefinitionChange, 'kind' | 'code' | 'path'>[] };
}

const dir = new URL('../../test/fixtures/diff/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as DiffFixture),
  }));

const summary = (changes: readonly Pick<DefinitionChange, 'kind' | 'code' | 'path'>[]): string[] =>
  changes.map((c) => `${c.kind} ${c.code} ${c.path}`).sort();

describe('diffDefinitions: one fixture per kind of change (test/fixtures/diff)', () => {
  it('has the fixtures', () => assert.ok(fixtures.length >= 40, `${fixtures.length} fixtures`));

  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.description}`, () => {
      const result = diffDefinitions(fixture.old, fixture.new);
      assert.deepEqual(summary(result.changes), summary(fixture.expected.changes));
      assert.equal(result.bump, fixture.expected.bump);
      for (const change of result.changes) {
        assert.match(change.pointer, /^(\/[^/]+)*$/);
        assert.ok(change.message.vi && change.message.en);
        assert.doesNotMatch(
          change.message.vi + change.message.en,
          /\{(path|detail|from|to)\}/,
          'all placeholders filled',
        );
        assert.equal(change.kind === 'breaking', change.bump === 'major');
      }
    });
  }

  it('compares elements by data path: an insertion moves nothing else', () => {
    const fixture = fixtures.find((f) => f.name === 'optional-field-added-first.json')!;
    const result = diffDefinitions(fixture.old, fixture.new);
    assert.deepEqual(
      result.changes.map((c) => c.pointer),
      ['/steps/0/elements/0'],
    );
  });

  it('names the place of what was removed in the old definition', () => {
    const fixture = fixtures.find((f) => f.name === 'field-removed.json')!;
    const [change] = diffDefinitions(fixture.old, fixture.new).changes;
    assert.equal(change!.pointer, '/steps/0/elements/7');
    assert.match(change!.message.vi, /Đã xóa trường phone/);
  });

  it('refuses definitions that do not pass checkDefinition, with their problems', () => {
    const valid = fixtures[0]!.old;
    assert.throws(
      () => diffDefinitions(valid, { id: 'x' }),
      (error: unknown) => error instanceof DefinitionError && error.problems.length > 0,
    );
  });
});

describe('requiredBump and isVersionSufficient', () => {
  const major = [{ bump: 'minor' as const }, { bump: 'major' as const }];
  const minor = [{ bump: 'patch' as const }, { bump: 'minor' as const }];
  const patch = [{ bump: 'patch' as const }];

  it('takes the largest bump, none for no changes', () => {
    assert.equal(requiredBump(major), 'major');
    assert.equal(requiredBump(minor), 'minor');
    assert.equal(requiredBump(patch), 'patch');
    assert.equal(requiredBump([]), 'none');
  });

  it('compares versions by semver precedence', () => {
    assert.equal(isVersionSufficient('1.4.2', '2.0.0', major), true);
    assert.equal(isVersionSufficient('1.4.2', '1.9.0', major), false);
    assert.equal(isVersionSufficient('1.4.2', '2.0.0-rc.1', major), false);
    assert.equal(isVersionSufficient('1.4.2', '1.5.0', minor), true);
    assert.equal(isVersionSufficient('1.4.2', '1.4.3', minor), false);
    assert.equal(isVersionSufficient('1.4.2', '1.4.3', patch), true);
    assert.equal(isVersionSufficient('1.4.2', '1.4.2', patch), false);
    assert.equal(isVersionSufficient('1.4.2', '1.4.2', []), true);
    assert.equal(isVersionSufficient('1.4.2', '1.4.1', []), false);
    assert.equal(isVersionSufficient('1.10.0', '1.9.9', []), false, 'numeric, not string, order');
    assert.equal(isVersionSufficient('1.4.2', 'two', []), false);
  });
});
