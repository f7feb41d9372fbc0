// Copies the intake API's OpenAPI document, which ships inside @hoso/server (the server serves
// it at /api/openapi.json), to docs/reference where the documentation links it. Edit
// packages/server/openapi.json, then run `pnpm --filter @hoso/server run openapi:docs`;
// test/openapi-docs-copy.test.ts fails while the two differ.
import { copyFile } from 'node:fs/promises';

const source = new URL('../openapi.json', import.meta.url);
const docsCopy = new URL('../../../docs/reference/intake-api.openapi.json', import.meta.url);
await copyFile(source, docsCopy);
console.log('copied packages/server/openapi.json to docs/reference/intake-api.openapi.json');
