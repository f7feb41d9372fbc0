import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { compile, type SchemaValidator } from '@hoso/core';
import { buildStandaloneValidator } from '../src/standalone.js';

const fixturesDir = new URL('../../../core/test/fixtures/', import.meta.url);
const examplesDir = new URL('../../../../examples/procedures/', import.meta.url);

/** Every definition with its sample submissions: the core fixture and the example procedures. */
async function cases(): Promise<{ name: string; definition: unknown; samples: unknown[] }[]> {
  const found = [];
  const household = JSON.parse(await readFile(new URL('household.json', fixturesDir), 'utf8'));
  found.push({
    name: 'household',
    definition: household,
    samples: [{}, { fullName: 'A', idNumber: '1' }],
  });
  for (const dir of await readdir(examplesDir).catch(() => [])) {
    const base = new URL(`${dir}/`, examplesDir);
    const definition = await readFile(new URL('definition.json', base), 'utf8').catch(
      () => undefined,
    );
    if (definition === undefined) continue;
    const samples: unknown[] = [];
    for (const kind of ['valid', 'invalid']) {
      const folder = new URL(`data/${kind}/`, base);
      for (const file of await readdir(folder).catch(() => [])) {
        if (file.endsWith('.json') && !file.endsWith('.expected.json')) {
          samples.push(JSON.parse(await readFile(new URL(file, folder), 'utf8')));
        }
      }
    }
    found.push({ name: dir, definition: JSON.parse(definition), samples });
  }
  return found;
}

describe('precompiled and runtime validators', () => {
  it('give identical pipeline results on every sample', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hoso-parity-'));
    for (const { name, definition, samples } of await cases()) {
      const runtime = compile(definition);
      const file = join(dir, `${name}.validator.js`);
      await writeFile(file, await buildStandaloneValidator(runtime.dataSchema));
      const module = (await import(pathToFileURL(file).href)) as { default: SchemaValidator };
      const precompiled = compile(definition, { schemaValidator: module.default });
      for (const sample of samples) {
        const options = { today: '2026-11-22' };
        assert.deepEqual(
          precompiled.validate(sample, options),
          runtime.validate(sample, options),
          name,
        );
      }
    }
  });
});
