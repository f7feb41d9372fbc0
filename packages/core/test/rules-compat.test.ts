// Runs the JSON Logic compatibility suites (json-logic/.github compat tables) against evaluate().
// The suites live outside the repo: <workspace>/../shared/testdata/json-logic-compat@<rev>/,
// or wherever HOSO_TESTDATA points. Verdict lines (file|group|test|expected|got) go to the file
// named by HOSO_VERDICT_FILE and, with HOSO_VERBOSE set, to the console.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { evaluate, RuleError } from '../src/rules/index.js';
import { suiteFolder } from '../test-support/testdata.js';

interface SuiteCase {
  description: string;
  rule: unknown;
  data?: unknown;
  result?: unknown;
  error?: unknown;
  decimal?: boolean;
}

interface Tally {
  passed: number;
  failed: number;
}

/** Deep JSON equality; `decimal` cases allow floating-point rounding. */
function sameJson(expected: unknown, actual: unknown, decimal: boolean): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return decimal ? Math.abs(expected - actual) < 1e-9 : Object.is(expected + 0, actual + 0);
  }
  if (expected === null || typeof expected !== 'object') return expected === actual;
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected) !== Array.isArray(actual)) return false;
  const expectedKeys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  if (expectedKeys.length !== actualKeys.length) return false;
  return expectedKeys.every(
    (key) =>
      Object.hasOwn(actual, key) &&
      sameJson(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        decimal,
      ),
  );
}

function runCase(test: SuiteCase): { passed: boolean; got: string } {
  const decimal = test.decimal === true;
  try {
    const result = evaluate(test.rule, 'data' in test ? test.data : null);
    return {
      passed: !('error' in test) && sameJson(test.result, result, decimal),
      got: show(result),
    };
  } catch (error) {
    if (!(error instanceof RuleError)) return { passed: false, got: `crash ${String(error)}` };
    return {
      passed: 'error' in test && sameJson(test.error, error.value, false),
      got: `error ${show(error.value)} (${error.code} at "${error.path}")`,
    };
  }
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function runSuites(folder: string): { byFile: Map<string, Tally>; total: Tally; lines: string[] } {
  const files = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as string[];
  const byFile = new Map<string, Tally>();
  const total: Tally = { passed: 0, failed: 0 };
  const lines: string[] = [];
  for (const file of files) {
    const entries = JSON.parse(readFileSync(join(folder, file), 'utf8')) as (string | SuiteCase)[];
    const tally: Tally = { passed: 0, failed: 0 };
    let group = '';
    for (const entry of entries) {
      if (typeof entry === 'string') {
        group = entry;
        continue;
      }
      const { passed, got } = runCase(entry);
      if (passed) tally.passed++;
      else tally.failed++;
      const expected = 'error' in entry ? `error ${show(entry.error)}` : show(entry.result);
      lines.push([file, group, entry.description, expected, got].join('|'));
    }
    byFile.set(file, tally);
    total.passed += tally.passed;
    total.failed += tally.failed;
  }
  return { byFile, total, lines };
}

const suitesFolder = join(suiteFolder('json-logic-compat', 'suites/index.json'), 'suites');

describe('JSON Logic compatibility suites', () => {
  const { byFile, total, lines } = runSuites(suitesFolder);
  const compatible = byFile.get('compatible.json') ?? { passed: 0, failed: 0 };

  if (process.env.HOSO_VERDICT_FILE) {
    writeFileSync(process.env.HOSO_VERDICT_FILE, lines.join('\n') + '\n');
  }
  if (process.env.HOSO_VERBOSE) for (const line of lines) console.log(line);
  console.log(`compatible.json: ${compatible.passed} passed, ${compatible.failed} failed`);
  console.log(`all suites: ${total.passed} passed, ${total.failed} failed`);

  it('passes every case of compatible.json (the original json-logic-js tests)', () => {
    assert.equal(compatible.failed, 0);
    assert.equal(compatible.passed, 278);
  });

  it('passes at least 1,100 of the 1,138 cases overall', () => {
    assert.equal(total.passed + total.failed, 1138);
    assert.ok(total.passed >= 1100, `${total.passed} passed`);
  });
});
