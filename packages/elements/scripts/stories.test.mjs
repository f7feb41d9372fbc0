// Storybook shows the wizard with every example procedure: a new folder in examples/procedures/
// needs its story in procedure-examples.stories.ts.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const examples = new URL('../../../examples/procedures/', import.meta.url);
const stories = new URL(
  '../src/components/procedure/procedure-examples.stories.ts',
  import.meta.url,
);

describe('Storybook', () => {
  it('has a story for every example procedure', async () => {
    const source = await readFile(stories, 'utf8');
    const named = new Set([...source.matchAll(/run\(\s*'([^']+)'/g)].map((m) => m[1]));
    const folders = [];
    for (const entry of await readdir(examples, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const files = await readdir(new URL(`${entry.name}/`, examples));
      if (files.includes('definition.json')) folders.push(entry.name);
    }
    assert.ok(folders.length > 0, 'examples/procedures/ has no definitions');
    const missing = folders.filter((f) => !named.has(f));
    assert.deepEqual(missing, [], `add run('<folder>') stories to ${stories.pathname}`);
    const unknown = [...named].filter((f) => !folders.includes(f));
    assert.deepEqual(unknown, [], 'stories name folders that do not exist');
  });
});
