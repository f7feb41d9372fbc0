// The elements bundle a citizen's page loads: under its budget, and without the definition
// checker, which is imported on demand only (docs/decisions/0011).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it, before, after } from 'node:test';
import { build } from 'esbuild';
import { splitSizes } from '../src/browser/bundle-size.mjs';

/** gzip bytes of @hoso/elements + @hoso/core/precompiled + lit, as a page loads them. */
const BUDGET = 60_000;
/** Text only the definition format's meta-schema validator contains. */
const META_SCHEMA_ID = 'https://hoso.dev/schemas/definition/v1.json';

describe('the elements bundle', () => {
  let dir = '';
  /** @type {ReturnType<typeof splitSizes>} */
  let sizes;
  /** @type {Map<string, string>} */
  let texts;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoso-bundle-'));
    await writeFile(join(dir, 'page.mjs'), "import '@hoso/elements';\n");
    const result = await build({
      entryPoints: [join(dir, 'page.mjs')],
      nodePaths: [new URL('../node_modules', import.meta.url).pathname],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: join(dir, 'out'),
      metafile: true,
      write: false,
      logLevel: 'error',
    });
    const entry = Object.keys(result.metafile.outputs).find((path) => path.endsWith('/page.js'));
    assert.ok(entry, 'esbuild wrote the page');
    sizes = splitSizes(result, entry);
    texts = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  });

  after(() => rm(dir, { recursive: true, force: true }));

  const textOf = (/** @type {string[]} */ files) =>
    files.map((file) => texts.get(resolve(file)) ?? '').join('\n');

  it(`loads at most ${BUDGET / 1000} kB gzip before the page runs`, () => {
    assert.ok(
      sizes.loaded.gzipBytes <= BUDGET,
      `${sizes.loaded.gzipBytes} bytes gzip is over the budget of ${BUDGET}`,
    );
  });

  it('leaves the definition checker to a chunk imported on demand', () => {
    assert.doesNotMatch(
      textOf(sizes.loaded.files),
      new RegExp(META_SCHEMA_ID.replace(/[./]/g, '\\$&')),
    );
    assert.match(textOf(sizes.onDemand.files), new RegExp(META_SCHEMA_ID.replace(/[./]/g, '\\$&')));
  });

  it('contains no eval and no new Function', () => {
    const all = textOf([...sizes.loaded.files, ...sizes.onDemand.files]);
    assert.doesNotMatch(all, /\beval\(|new Function\(/);
  });
});
