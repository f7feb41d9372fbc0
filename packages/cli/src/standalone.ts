import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv, jsonDigest, type CompiledProcedure, type ValidatorStamps } from '@hoso/core';

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
  /** Properties to set on the validate function (see buildProcedureValidator). */
  stamps: Readonly<Record<string, string>> = {},
): Promise<string> {
  const ajv = createAjv();
  for (const [uri, referenced] of references) ajv.addSchema(referenced, uri);
  const validate = ajv.compile(schema);
  const generated = standaloneModule.default(ajv, validate);
  const result = await build({
    stdin: {
      contents: stampedEntry(stamps),
      resolveDir: ajvResolveDir(),
      loader: 'js',
      sourcefile: 'validator.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // ajv and ajv-formats are CommonJS packages with only a `main` field.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [generatedValidator(generated), stripCodegenMetadata],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  return output.text;
}

/**
 * The validator module of a compiled procedure's data schema, stamped with the digests of the
 * definition it was compiled from and of the data schema (see ValidatorStamps). Compiling
 * checked that definition, so a page given the same definition with this module need not load
 * the checker (`@hoso/core/precompiled`'s `compile`); a definition with other data is refused.
 */
export function buildProcedureValidator(procedure: CompiledProcedure): Promise<string> {
  const stamps: Required<ValidatorStamps> = {
    checkedDefinition: jsonDigest(procedure.definition),
    dataSchema: jsonDigest(procedure.dataSchema),
  };
  return buildStandaloneValidator(procedure.dataSchema, new Map(), stamps);
}

/** The module's entry: ajv's validate function as the default export, with its stamps set. */
function stampedEntry(stamps: Readonly<Record<string, string>>): string {
  const assignments = Object.entries(stamps).map(
    ([name, value]) => `validate[${JSON.stringify(name)}] = ${JSON.stringify(value)};\n`,
  );
  return `import validate from ${JSON.stringify(GENERATED)};\n${assignments.join('')}export default validate;\n`;
}

/** ajv's generated code, served to esbuild as a module of its own. */
const GENERATED = 'hoso:generated-validator';

function generatedValidator(code: string): Plugin {
  return {
    name: 'hoso-generated-validator',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^hoso:generated-validator$/ }, () => ({
        path: GENERATED,
        namespace: 'hoso-generated',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'hoso-generated' }, () => ({
        contents: code,
        loader: 'js',
        resolveDir: ajvResolveDir(),
      }));
    },
  };
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
