// docs/reference/elements.md is committed; it must be what gen-reference.mjs makes from the
// manifest of the elements as they are now (the manifest is built by `pnpm run build`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { generateReference, readManifest } from './gen-reference.mjs';

describe('elements reference', () => {
  it('docs/reference/elements.md is up to date (pnpm --filter @hoso/elements generate)', async () => {
    const committed = await readFile(
      new URL('../../../docs/reference/elements.md', import.meta.url),
      'utf8',
    );
    assert.equal(committed, await generateReference());
  });

  it('lists every defined element with its summary, parts and custom properties', async () => {
    const manifest = await readManifest();
    const reference = await generateReference(manifest);
    const tags = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
    );
    assert.ok(tags.includes('hoso-procedure') && tags.includes('hoso-text-field'), tags.join());
    for (const tag of tags) assert.match(reference, new RegExp(`^## ${tag}$`, 'm'));
    assert.match(reference, /\| `control` \| The native control/);
    assert.match(reference, /\| `--hoso-focus-color` \| Focus ring colour/);
    assert.match(reference, /\| `hoso-submit` \| `HosoSubmitEvent` \|/);
  });
});
