import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { compile, todayInVietnam } from '@hoso/core';
import { FORMAT_OPERATORS } from '@hoso/schema';
import { loadCorpus } from '../src/node/load-corpus.js';

/** Every `type` constant the definition meta-schema allows for an element. */
async function elementTypes(): Promise<Set<string>> {
  const schema = JSON.parse(
    await readFile(
      new URL('../../../schema/schemas/definition.schema.json', import.meta.url),
      'utf8',
    ),
  );
  const types = new Set<string>();
  JSON.stringify(schema, (_key, value: unknown) => {
    const type = (value as { properties?: { type?: { const?: unknown } } } | null)?.properties?.type
      ?.const;
    if (typeof type === 'string') types.add(type);
    return value;
  });
  return types;
}

/** Element types and operators a corpus definition uses. */
function used(definition: unknown): { types: Set<string>; operators: Set<string> } {
  const types = new Set<string>();
  const operators = new Set<string>();
  const visit = (value: unknown, inRule: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, inRule));
    if (typeof value !== 'object' || value === null) return;
    const entries = Object.entries(value);
    if (inRule && entries.length === 1) operators.add(entries[0]![0]);
    const element = value as { type?: unknown; key?: unknown };
    if (typeof element.type === 'string' && typeof element.key === 'string')
      types.add(element.type);
    for (const [key, v] of entries)
      visit(v, inRule || /^(visibleWhen|enabledWhen|requiredWhen|rule)$/.test(key));
  };
  visit(definition, false);
  return { types, operators };
}

/** In Node, every corpus submission gets the verdict written next to it. */
describe('parity corpus in Node', async () => {
  for (const procedure of await loadCorpus()) {
    const compiled = compile(procedure.definition);
    for (const submission of procedure.submissions) {
      it(`${procedure.name}: ${submission.name}`, () => {
        const result = compiled.validate(submission.data, { today: submission.today });
        assert.deepEqual(
          { valid: result.valid, errors: result.errors.map((e) => [e.path, e.code]) },
          submission.expect,
        );
      });
    }
  }

  it('covers every element kind and every operator of the format', async () => {
    const corpus = await loadCorpus();
    const types = new Set<string>();
    const operators = new Set<string>();
    for (const procedure of corpus) {
      const found = used(procedure.definition);
      found.types.forEach((t) => types.add(t));
      found.operators.forEach((o) => operators.add(o));
    }
    assert.deepEqual(
      [...(await elementTypes())].filter((t) => !types.has(t)),
      [],
    );
    assert.deepEqual(
      [...FORMAT_OPERATORS].filter((o) => !operators.has(o)),
      [],
    );
    const today = corpus.flatMap((p) => p.submissions.map((s) => s.today));
    assert.ok(new Set(today).size > 1, 'submissions on more than one "today"');
  });

  it('takes "today" from the calendar day in Ha Noi, around midnight there', () => {
    assert.equal(todayInVietnam(new Date('2026-11-22T16:59:59.999Z')), '2026-11-22');
    assert.equal(todayInVietnam(new Date('2026-11-22T17:00:00.000Z')), '2026-11-23');
    assert.equal(todayInVietnam(new Date('2026-12-31T17:00:00.000Z')), '2027-01-01');
  });
});
