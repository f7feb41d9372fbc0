import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BoundaryError } from '../src/boundary/boundary-error.js';
import { parseStrictJson } from '../src/boundary/strict-json.js';

/**
 * nst/JSONTestSuite through the request boundary. `y_` files are valid JSON and `n_` files are
 * not: the grammar must agree on every one. On top of the grammar the boundary refuses valid
 * JSON that readers disagree on; the refused `y_` files are listed here with their reason, and
 * every `i_` (implementation-defined) file has a decided outcome.
 */
const POLICY_REFUSALS: Record<string, string> = {
  'y_object_duplicated_key.json': 'json-duplicate-key', // JSON.parse keeps the last, others the first
  'y_object_duplicated_key_and_value.json': 'json-duplicate-key',
  'y_object_escaped_null_in_key.json': 'json-nul', // PostgreSQL text and jsonb cannot hold \u0000
  'y_string_null_escape.json': 'json-nul',
};

/** Every `i_` file is refused: each reason is one the boundary documents. */
const IMPLEMENTATION_DEFINED: Record<string, string> = {
  'i_number_double_huge_neg_exp.json': 'json-number-precision', // underflows to 0
  'i_number_huge_exp.json': 'json-number-range',
  'i_number_neg_int_huge_exp.json': 'json-number-range',
  'i_number_pos_double_huge_exp.json': 'json-number-range',
  'i_number_real_neg_overflow.json': 'json-number-range',
  'i_number_real_pos_overflow.json': 'json-number-range',
  'i_number_real_underflow.json': 'json-number-precision',
  'i_number_too_big_neg_int.json': 'json-number-precision', // beyond 2^53: the browser rounds it
  'i_number_too_big_pos_int.json': 'json-number-precision',
  'i_number_very_big_negative_int.json': 'json-number-precision',
  'i_object_key_lone_2nd_surrogate.json': 'json-lone-surrogate', // jsonb refuses lone surrogates
  'i_string_1st_surrogate_but_2nd_missing.json': 'json-lone-surrogate',
  'i_string_1st_valid_surrogate_2nd_invalid.json': 'json-lone-surrogate',
  'i_string_incomplete_surrogate_and_escape_valid.json': 'json-lone-surrogate',
  'i_string_incomplete_surrogate_pair.json': 'json-lone-surrogate',
  'i_string_incomplete_surrogates_escape_valid.json': 'json-lone-surrogate',
  'i_string_invalid_lonely_surrogate.json': 'json-lone-surrogate',
  'i_string_invalid_surrogate.json': 'json-lone-surrogate',
  'i_string_inverted_surrogates_U+1D11E.json': 'json-lone-surrogate',
  'i_string_lone_second_surrogate.json': 'json-lone-surrogate',
  'i_string_UTF-16LE_with_BOM.json': 'invalid-utf8', // bodies are UTF-8 (RFC 8259 §8.1)
  'i_string_UTF-8_invalid_sequence.json': 'invalid-utf8',
  'i_string_UTF8_surrogate_U+D800.json': 'invalid-utf8',
  'i_string_invalid_utf-8.json': 'invalid-utf8',
  'i_string_iso_latin_1.json': 'invalid-utf8',
  'i_string_lone_utf8_continuation_byte.json': 'invalid-utf8',
  'i_string_not_in_unicode_range.json': 'invalid-utf8',
  'i_string_overlong_sequence_2_bytes.json': 'invalid-utf8',
  'i_string_overlong_sequence_6_bytes.json': 'invalid-utf8',
  'i_string_overlong_sequence_6_bytes_null.json': 'invalid-utf8',
  'i_string_truncated-utf-8.json': 'invalid-utf8',
  'i_string_utf16BE_no_BOM.json': 'invalid-utf8',
  'i_string_utf16LE_no_BOM.json': 'invalid-utf8',
  'i_structure_500_nested_arrays.json': 'json-depth', // deeper than 64 levels
  'i_structure_UTF-8_BOM_empty_object.json': 'json-bom', // RFC 8259: senders MUST NOT add one
};

function suiteFolder(): string {
  const override = process.env['HOSO_TESTDATA'];
  let testdata = override;
  if (!testdata) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
      if (dirname(dir) === dir) throw new Error('workspace root not found');
      dir = dirname(dir);
    }
    testdata = join(dir, '..', 'shared', 'testdata');
  }
  if (existsSync(join(testdata, 'test_parsing'))) return join(testdata, 'test_parsing');
  const name = readdirSync(testdata).find((entry) => entry.startsWith('json-test-suite@'));
  if (!name) throw new Error(`no json-test-suite@* in ${testdata} (set HOSO_TESTDATA)`);
  return join(testdata, name, 'test_parsing');
}

function verdict(bytes: Uint8Array, refuseAmbiguous: boolean): string {
  try {
    parseStrictJson(bytes, { refuseAmbiguous });
    return 'accept';
  } catch (error) {
    if (error instanceof BoundaryError) return error.code;
    return `crash: ${String(error)}`;
  }
}

describe('JSONTestSuite through the request boundary', () => {
  const folder = suiteFolder();
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const bytes = readFileSync(join(folder, file));
    const grammar = verdict(bytes, false);
    const boundary = verdict(bytes, true);
    let expected: string;
    let ok: boolean;
    if (file.startsWith('y_')) {
      expected = POLICY_REFUSALS[file] ?? 'accept';
      ok = grammar === 'accept' && boundary === expected;
    } else if (file.startsWith('n_')) {
      expected = 'reject';
      ok = grammar !== 'accept' && boundary !== 'accept' && !boundary.startsWith('crash');
    } else {
      expected = IMPLEMENTATION_DEFINED[file] ?? 'undecided';
      ok = boundary === expected;
    }
    if (ok) passed++;
    else failed++;
    lines.push(`test_parsing|${file.slice(0, 1)}|${file}|${expected}|${boundary}`);
  }
  if (process.env['HOSO_VERBOSE']) for (const line of lines) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);

  it('agrees with the grammar on every y_ and n_ file and decides every i_ file', () => {
    assert.deepEqual(
      lines.filter((l) => {
        const [, , , expected, got] = l.split('|');
        return expected === 'reject' ? got === 'accept' : expected !== got;
      }),
      [],
    );
    assert.equal(failed, 0);
    assert.ok(passed >= 318);
  });

  it('has a decision for every i_ file in the suite', () => {
    const undecided = files.filter((f) => f.startsWith('i_') && !(f in IMPLEMENTATION_DEFINED));
    assert.deepEqual(undecided, []);
  });
});
