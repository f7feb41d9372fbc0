import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { compile } from '@hoso/core';
import { checkDefinition } from '@hoso/schema';

const proceduresDir = new URL('../../../../examples/procedures/', import.meta.url);

interface Expected {
  valid: boolean;
  errors: { path: string; code: string }[];
  dropped: string[];
  feeTotal: number;
}

/** Every example procedure passes `hoso check`, and every sample gives its pinned verdict. */
describe('example procedures', async () => {
  const folders = (await readdir(proceduresDir, { withFileTypes: true })).filter((e) =>
    e.isDirectory(),
  );

  it('there are at least two', () => assert.ok(folders.length >= 2));

  for (const folder of folders) {
    const base = new URL(`${folder.name}/`, proceduresDir);
    const definition = JSON.parse(await readFile(new URL('definition.json', base), 'utf8'));

    it(`${folder.name}: the definition has no problems`, () => {
      assert.deepEqual(checkDefinition(definition).problems, []);
    });

    const procedure = compile(definition);
    for (const kind of ['valid', 'invalid']) {
      const dir = new URL(`data/${kind}/`, base);
      for (const file of (await readdir(dir)).filter((f) => !f.endsWith('.expected.json'))) {
        it(`${folder.name}: ${kind}/${file}`, async () => {
          const sample = JSON.parse(await readFile(new URL(file, dir), 'utf8'));
          const expected = JSON.parse(
            await readFile(new URL(file.replace(/\.json$/, '.expected.json'), dir), 'utf8'),
          ) as Expected;
          const result = procedure.validate(sample, { today: '2026-11-22' });
          assert.equal(
            result.valid,
            kind === 'valid',
            'samples live in the folder of their verdict',
          );
          assert.deepEqual(
            {
              valid: result.valid,
              errors: result.errors.map((e) => ({ path: e.path, code: e.code })),
              dropped: result.dropped,
              feeTotal: result.fees.total,
            },
            expected,
          );
        });
      }
    }
  }
});
