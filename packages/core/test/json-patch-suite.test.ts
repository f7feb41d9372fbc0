// Runs the JSON Patch conformance suite (json-patch/json-patch-tests: tests.json and the RFC 6902
// examples in spec_tests.json) against the overlay's own RFC 6902 + RFC 6901 implementation.
// The suite lives outside the repo: <workspace>/../shared/testdata/json-patch-tests@<rev>/, or
// wherever HOSO_TESTDATA points. A missing suite fails the test: it is never skipped silently.
// Verdict lines (file|group|test|expected|got) go to the file named by HOSO_VERDICT_FILE and,
// with HOSO_VERBOSE set, to the console.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyJsonPatch } from '../src/overlay/json-patch.js';
import { jsonEqual } from '../src/overlay/json-equal.js';
import { suiteFolder } from '../test-support/testdata.js';

interface PatchCase {
  comment?: string;
  doc?: unknown;
  patch?: unknown;
  expected?: unknown;
  error?: string;
  disabled?: boolean;
}

describe('JSON Patch conformance (RFC 6902, json-patch-tests)', () => {
  it('passes every enabled case of tests.json and spec_tests.json', () => {
    const dir = suiteFolder('json-patch-tests', 'spec_tests.json');
    let passed = 0;
    const failures: string[] = [];
    const verdicts: string[] = [];
    for (const file of ['tests.json', 'spec_tests.json']) {
      const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PatchCase[];
      cases.forEach((testCase, i) => {
        if (testCase.disabled || testCase.patch === undefined) return;
        const name = testCase.comment ?? `#${i}`;
        let got: unknown;
        let error: unknown;
        try {
          got = applyJsonPatch(testCase.doc, testCase.patch);
        } catch (e) {
          error = e;
        }
        const expected = testCase.error !== undefined ? 'error' : 'ok';
        const ok =
          testCase.error !== undefined
            ? error !== undefined
            : error === undefined &&
              (!('expected' in testCase) || jsonEqual(got, testCase.expected));
        const verdict = error !== undefined ? 'error' : 'ok';
        verdicts.push(`${file}|patch|${name}|${expected}|${ok ? expected : verdict}`);
        if (ok) passed++;
        else
          failures.push(`${file}: ${name}${error instanceof Error ? ` (${error.message})` : ''}`);
      });
    }
    if (process.env.HOSO_VERDICT_FILE) {
      writeFileSync(process.env.HOSO_VERDICT_FILE, verdicts.join('\n') + '\n');
    }
    if (process.env.HOSO_VERBOSE) console.log(verdicts.join('\n'));
    console.log(`${passed} passed, ${failures.length} failed`);
    assert.ok(passed > 100, `only ${passed} cases ran`);
    assert.deepEqual(failures, []);
  });

  it('never touches the input document and keeps __proto__ an ordinary member', () => {
    const doc = { a: [1, 2] };
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/a/-', value: 3 },
      { op: 'add', path: '/__proto__', value: { polluted: true } },
    ]) as Record<string, unknown>;
    assert.deepEqual(doc, { a: [1, 2] });
    assert.deepEqual(out['a'], [1, 2, 3]);
    assert.ok(Object.hasOwn(out, '__proto__'));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
  });
});
