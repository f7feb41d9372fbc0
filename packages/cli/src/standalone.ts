import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv } from '@hoso/core';

/**
 * Compiles `schema` with the production factory and returns one self-contained ES module whose
 * default export is the validate function: no imports, no `eval`/`new Function`, so it runs
 * under a strict Content-Security-Policy and in Node alike.
 *
 * ajv's ESM output still contains `require("ajv/dist/runtime/...")` and
 * `require("ajv-formats/dist/formats")` (ajv-validator/ajv#2209, ajv-formats#68); esbuild inlines
 * them.
 */
export async function buildStandaloneValidator(
  schema: object,
  /** Other schemas the schema `$ref`s, by URI (they are compiled into the module). */
  references: ReadonlyMap<string, object> = new Map(),
): Promise<string> {
  const ajv = createAjv();
  for (const [uri, referenced] of references) ajv.addSchema(referenced, uri);
  const validate = ajv.compile(schema);
  const generated = standaloneModule.default(ajv, validate);
  const result = await build({
    stdin: {
      contents: generated,
      resolveDir: ajvResolveDir(),
      loader: 'js',
      sourcefile: 'validate.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // ajv and ajv-formats are CommonJS packages with only a `main` field.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [stripCodegenMetadata],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  return output.text;
}

/**
 * ajv's runtime helpers carry their own import line as a string (`ucs2length.code =
 * 'require("ajv/dist/runtime/ucs2length").default'`) for ajv's code generator. The validator
 * never reads it; dropping it keeps the output free of any `require(` text.
 */
const AJV_RUNTIME_FILE = /[\\/]ajv[\\/]dist[\\/]runtime[\\/][^\\/]+\.js$/;
const CODEGEN_METADATA = /^\s*[\w$]+\.code = '[^'\n]*';\s*$/gm;

const stripCodegenMetadata: Plugin = {
  name: 'strip-ajv-codegen-metadata',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: AJV_RUNTIME_FILE }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(CODEGEN_METADATA, ''),
      loader: 'js',
    }));
  },
};

/**
 * The generated requires resolve from @hoso/core's folder: core owns the ajv and ajv-formats
 * versions that produced the code.
 */
function ajvResolveDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@hoso/core/package.json'));
}
