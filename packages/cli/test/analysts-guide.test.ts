import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDefinition } from '@hoso/schema';
import { hoso } from '../test-support/run-hoso.js';

/**
 * The analysts' guide builds one procedure a section at a time: identity, a step, a conditional
 * field, then documents, fees and the flow. Put together as a reader would, it must pass
 * `hoso check` and validate answers.
 */
async function guideDefinition(): Promise<Record<string, unknown>> {
  const guide = await readFile(
    new URL('../../../../docs/analysts/writing-a-procedure.md', import.meta.url),
    'utf8',
  );
  const blocks = [...guide.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
  assert.equal(blocks.length, 4, 'identity, step, condition, and documents/fees/flow');
  const [identity, step, condition, rest] = blocks as [string, string, string, string];
  const firstStep = JSON.parse(step) as { elements: unknown[] };
  firstStep.elements.push(JSON.parse(condition));
  return { ...JSON.parse(identity), steps: [firstStep], ...JSON.parse(`{${rest}}`) };
}

describe("the analysts' guide", () => {
  it('adds up to a definition that passes hoso check and validates answers', async () => {
    const definition = await guideDefinition();
    const report = checkDefinition(definition);
    assert.deepEqual(report.problems, []);
    const dir = await mkdtemp(join(tmpdir(), 'hoso-guide-'));
    const file = join(dir, 'my-procedure.json');
    await writeFile(file, JSON.stringify(definition));
    const check = await hoso('check', file);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const answers = join(dir, 'answers.json');
    await writeFile(
      answers,
      JSON.stringify({
        fullName: 'Trần Văn Bình',
        idNumber: '001090012345',
        copies: 5,
        $delivery: 'post',
      }),
    );
    const run = await hoso('validate', file, answers, '--today', '2026-12-07');
    const result = JSON.parse(run.stdout);
    assert.deepEqual(
      result.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`),
      ['reason required'],
      'more than three copies asks for a reason',
    );
    assert.equal(result.fees.total, 40000);
  });
});
