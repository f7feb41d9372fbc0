// Precompiles the meta-schemas into standalone validator modules (no eval, no imports), so
// that checkDefinition — and compile(), which calls it — and checkOverlay work under a strict
// Content-Security-Policy. The output is committed; test/generated.test.ts fails when stale.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const TARGETS = {
  definition: {
    schema: 'definition.schema.json',
    out: new URL('../src/generated/meta-validator.ts', import.meta.url),
  },
  overlay: {
    schema: 'overlay.schema.json',
    out: new URL('../src/generated/overlay-validator.ts', import.meta.url),
  },
};

// These options must match the meta-schema's needs: see src/meta-validator.ts.
export function createMetaAjv() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    discriminator: true,
    // `tsType` tells json-schema-to-typescript how to type a rule; it is an annotation here.
    keywords: ['tsType'],
    // One function per $defs entry instead of inlining each reference: ~10× smaller output.
    inlineRefs: false,
    // Problems carry Hoso's own vi/en messages (schema-error-messages.ts), never ajv's English.
    messages: false,
    code: { esm: true, source: true },
  });
  addFormats.default(ajv, ['date', 'uri']);
  return ajv;
}

export function generateMetaValidator() {
  return generateValidator(TARGETS.definition.schema);
}

export function generateOverlayValidator() {
  return generateValidator(TARGETS.overlay.schema);
}

async function generateValidator(schemaFile) {
  const ajv = createMetaAjv();
  const schemaUrl = new URL(`../schemas/${schemaFile}`, import.meta.url);
  const validate = ajv.compile(JSON.parse(await readFile(schemaUrl, 'utf8')));
  const require = createRequire(import.meta.url);
  const result = await build({
    stdin: {
      contents: standaloneCode.default(ajv, validate),
      resolveDir: dirname(require.resolve('ajv/package.json')) + '/../..',
      loader: 'js',
    },
    // Paths in the output's comments are relative to this: keep them independent of the cwd.
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const banner =
    `/* Generated from schemas/${schemaFile} by scripts/gen-meta-validator.mjs. Do not edit. */\n` +
    '// @ts-nocheck\n/* eslint-disable */\n';
  // ajv's runtime helpers carry their own import line as a string for its code generator
  // (`equal.code = 'require(...)'`); the validator never reads it.
  const text = result.outputFiles[0].text.replace(/^\s*[\w$]+\.code = 'require\([^'\n]*';\n/gm, '');
  return banner + text;
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { schema, out } of Object.values(TARGETS)) {
    await writeFile(out, await generateValidator(schema));
    console.log(`wrote ${fileURLToPath(out)}`);
  }
}
