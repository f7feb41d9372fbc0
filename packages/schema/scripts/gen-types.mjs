// Generates TypeScript types for the definition format from the meta-schema.
// The output is committed (src/generated/) so that a reader sees the types without a build,
// and `pnpm run check` fails when it is stale (see test/generated-types.test.ts).
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';

const schemaUrl = new URL('../schemas/definition.schema.json', import.meta.url);
const outUrl = new URL('../src/generated/definition.ts', import.meta.url);

export async function generateDefinitionTypes() {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  return compile(schema, 'ProcedureDefinition', {
    bannerComment:
      '/* Generated from schemas/definition.schema.json by scripts/gen-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 100, trailingComma: 'all' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(outUrl, await generateDefinitionTypes());
  console.log(`wrote ${outUrl.pathname}`);
}
