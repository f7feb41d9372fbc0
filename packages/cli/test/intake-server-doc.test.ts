import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const cliRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The intake server reference shows how to start the server from code. Its sample must
 * type-check against the packages as they are, so a renamed option breaks this test, not a reader.
 */
describe('the intake server reference', () => {
  it('its TypeScript sample type-checks against @hoso/server and @hoso/cli', async () => {
    const doc = await readFile(
      new URL('../../../../docs/reference/intake-server.md', import.meta.url),
      'utf8',
    );
    const sample = /```ts\n([\s\S]*?)\n```/.exec(doc)?.[1];
    assert.ok(sample, 'the reference shows a TypeScript sample');
    // Inside the CLI package, so both packages resolve by name as they would in a portal.
    const dir = await mkdtemp(join(cliRoot, '.doc-sample-'));
    try {
      const file = join(dir, 'sample.mts');
      await writeFile(file, sample);
      const program = ts.createProgram([file], {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      assert.deepEqual(problems, []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
