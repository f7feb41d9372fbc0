// Browser tests of @hoso/elements in Debian's Chromium. Browsers load no ajv: Node precompiles
// the fixtures' data-schema validators first (as `hoso compile` does).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { compile } from '@hoso/core';
import { chromium } from '../../.ci/chromium.mjs';
import { buildStandaloneValidator } from '@hoso/cli';

const OUT = new URL('./dist/test-fixtures/', import.meta.url);
await mkdir(OUT, { recursive: true });
const definition = JSON.parse(
  await readFile(new URL('../core/test/fixtures/household.json', import.meta.url), 'utf8'),
);
await writeFile(
  new URL('household.validator.js', OUT),
  await buildStandaloneValidator(compile(definition).dataSchema),
);
await writeFile(new URL('household.json', OUT), JSON.stringify(definition));

export default {
  files: 'dist/src/**/*.test.js',
  nodeResolve: true,
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
