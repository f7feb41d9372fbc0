import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDefinition, type Problem } from '../src/index.js';

/**
 * Each fixture is a base definition with some top-level properties replaced (`definition`) or
 * removed (`remove`), and the exact problems `checkDefinition` must report: pointer, code and
 * both messages. A wording change is therefore a visible diff in a fixture file.
 * `HOSO_UPDATE_FIXTURES=1` rewrites the expected problems (review the diff before committing).
 */
const fixturesDir = new URL('../../test/fixtures/', import.meta.url);
const base = JSON.parse(readFileSync(new URL('_base.json', fixturesDir), 'utf8')) as Record<
  string,
  unknown
>;

interface Fixture {
  description: string;
  definition: Record<string, unknown>;
  remove?: string[];
  problems: Problem[];
}

describe('checkDefinition fixtures', () => {
  for (const file of readdirSync(fixturesDir).filter(
    (f) => f.endsWith('.json') && !f.startsWith('_'),
  )) {
    const url = new URL(file, fixturesDir);
    const fixture = JSON.parse(readFileSync(url, 'utf8')) as Fixture;
    it(`${file}: ${fixture.description}`, () => {
      const definition: Record<string, unknown> = { ...base, ...fixture.definition };
      for (const key of fixture.remove ?? []) delete definition[key];
      const { valid, problems } = checkDefinition(definition);
      if (process.env['HOSO_UPDATE_FIXTURES']) {
        writeFileSync(url, JSON.stringify({ ...fixture, problems }, null, 2) + '\n');
        return;
      }
      assert.deepEqual(problems, fixture.problems);
      assert.equal(valid, fixture.problems.length === 0);
    });
  }
});
