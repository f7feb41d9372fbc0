import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { compile, type CompiledProcedure, type SchemaValidator } from '@hoso/core/precompiled';
import { GENERATED_DIR, prepareBrowserRun } from '../src/node/prepare-browser-run.js';
import { compareVerdicts, type ParityCase } from '../src/verdict.js';

/**
 * The Node half, through the same runner the browser uses: Node's verdicts (ajv compiled at
 * run time) are written to the vector, then recomputed in Node with the precompiled standalone
 * validators the browser loads. Zero differences here and in Chromium means all three agree.
 */
describe('parity vector in Node', () => {
  it('gives the same verdicts with precompiled validators as with run-time ajv', async () => {
    const prepared = await prepareBrowserRun();
    const vector = JSON.parse(await readFile(new URL('vector.json', GENERATED_DIR), 'utf8')) as {
      definitions: Record<string, unknown>;
      cases: ParityCase[];
    };
    assert.equal(vector.cases.length, prepared.cases);
    const procedures = new Map<string, CompiledProcedure>();
    for (const [name, definition] of Object.entries(vector.definitions)) {
      const module = (await import(new URL(`${name}.validator.js`, GENERATED_DIR).href)) as {
        default: SchemaValidator;
      };
      procedures.set(name, compile(definition, { schemaValidator: module.default }));
    }
    const { passed, failed, lines } = compareVerdicts(vector.cases, procedures);
    console.log(`${passed} passed, ${failed} failed`);
    assert.deepEqual(lines.filter((line) => !line.endsWith('|same')).slice(0, 5), []);
    assert.ok(passed >= 1000 * prepared.procedures, `only ${passed} cases`);
  });
});
