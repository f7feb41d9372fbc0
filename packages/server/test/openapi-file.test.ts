import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILE } from '../src/intake/openapi-file.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const docsCopy = new URL('../../../../docs/reference/intake-api.openapi.json', import.meta.url);

describe('the OpenAPI document', () => {
  it('is served from a file inside @hoso/server that the package ships', async () => {
    assert.equal(OPENAPI_FILE, `${packageDir}openapi.json`);
    const manifest = JSON.parse(await readFile(`${packageDir}package.json`, 'utf8'));
    assert.ok(manifest.files.includes('openapi.json'), 'package.json "files" lists openapi.json');
    assert.equal(JSON.parse(await readFile(OPENAPI_FILE, 'utf8')).openapi, '3.1.0');
  });

  it('has its copy in docs/reference up to date', async () => {
    const [source, copy] = await Promise.all([
      readFile(OPENAPI_FILE, 'utf8'),
      readFile(docsCopy, 'utf8'),
    ]);
    assert.ok(
      source === copy,
      'docs/reference/intake-api.openapi.json differs from packages/server/openapi.json: ' +
        'edit the latter, then run `pnpm --filter @hoso/server run openapi:docs`',
    );
  });
});
