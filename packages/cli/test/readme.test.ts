import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { checkDefinition } from '@hoso/schema';

/** The README's sample definition is something users copy: it must pass `hoso check`. */
describe('README', () => {
  it('shows a definition without problems', async () => {
    const readme = await readFile(new URL('../../../../README.md', import.meta.url), 'utf8');
    const sample = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    assert.ok(sample, 'the README has a JSON sample');
    assert.deepEqual(checkDefinition(JSON.parse(sample)).problems, []);
  });
});
