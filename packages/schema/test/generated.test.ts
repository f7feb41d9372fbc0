import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
// @ts-expect-error: plain ESM build scripts, without type declarations
import { generateDefinitionTypes } from '../../scripts/gen-types.mjs';
// @ts-expect-error: plain ESM build scripts, without type declarations
import * as validators from '../../scripts/gen-meta-validator.mjs';
// @ts-expect-error: plain ESM build scripts, without type declarations
import { generateReference } from '../../scripts/gen-reference.mjs';

/** The generated files are committed; they must be what the scripts produce from the schema now. */
describe('generated sources', () => {
  it('src/generated/definition.ts is up to date (pnpm --filter @hoso/schema generate)', async () => {
    const committed = await readFile(
      new URL('../../src/generated/definition.ts', import.meta.url),
      'utf8',
    );
    assert.equal(committed, await generateDefinitionTypes());
  });

  it('src/generated/meta-validator.ts is up to date (pnpm --filter @hoso/schema generate)', async () => {
    const committed = await readFile(
      new URL('../../src/generated/meta-validator.ts', import.meta.url),
      'utf8',
    );
    assert.equal(committed, await validators.generateMetaValidator());
  });

  it('src/generated/overlay-validator.ts is up to date (pnpm --filter @hoso/schema generate)', async () => {
    const committed = await readFile(
      new URL('../../src/generated/overlay-validator.ts', import.meta.url),
      'utf8',
    );
    assert.equal(committed, await validators.generateOverlayValidator());
  });

  it('docs/reference/definition-format.md is up to date (pnpm --filter @hoso/schema generate)', async () => {
    const committed = await readFile(
      new URL('../../../../docs/reference/definition-format.md', import.meta.url),
      'utf8',
    );
    assert.equal(committed, await generateReference());
  });

  for (const file of ['meta-validator.ts', 'overlay-validator.ts']) {
    it(`the precompiled ${file} contains no eval and no imports`, async () => {
      const source = await readFile(
        new URL(`../../src/generated/${file}`, import.meta.url),
        'utf8',
      );
      assert.doesNotMatch(source, /new Function|\beval\(|\brequire\(|^import /m);
    });
  }
});
