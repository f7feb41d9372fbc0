// The elements guide's samples are what portal developers copy: its units data set must load,
// and its documents value must pass the household fixture's data schema for `$documents`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { compile } from '@hoso/core';
import { readUnits } from '../dist/src/components/address-field/units.js';

const guide = await readFile(
  new URL('../../../docs/portal-developers/elements.md', import.meta.url),
  'utf8',
);
const jsonSamples = [...guide.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]));

describe("the elements guide's samples", () => {
  it('its administrative-units data set is one readUnits accepts', () => {
    const sample = jsonSamples.find((s) => 'provinces' in s);
    assert.ok(sample, 'the guide shows a units data set');
    const units = readUnits(sample);
    assert.equal(units.id, sample.id);
    assert.deepEqual(units.communes['01']?.[0], { code: '00004', name: 'Phường Ba Đình' });
  });

  it('its `$documents` value is what the server accepts for a document slot', async () => {
    const sample = jsonSamples.find((s) => '$documents' in s);
    assert.ok(sample, 'the guide shows how files are referenced');
    const definition = JSON.parse(
      await readFile(new URL('../../core/test/fixtures/household.json', import.meta.url), 'utf8'),
    );
    const result = compile(definition).validate(sample, { today: '2026-12-07' });
    assert.ok(
      !result.errors.some((e) => e.path.startsWith('$documents')),
      JSON.stringify(result.errors.filter((e) => e.path.startsWith('$documents'))),
    );
  });
});
