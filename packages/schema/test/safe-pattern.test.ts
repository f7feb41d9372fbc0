import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPattern } from '../src/safe-pattern.js';

/** Accepted patterns, each with the character an attacker would repeat against it. */
const ACCEPTED: [pattern: string, pumping: string][] = [
  ['^[0-9]{12}$', '1'],
  ['^(?:[0-9]{10}(?:-[0-9]{3})?|[0-9]{12})$', '1'],
  ['^(?:\\+84|0)(?:[35789][0-9]{8}|2[0-9]{9})$', '9'],
  ['^[A-Z]{2}[0-9]{6}$', 'A'],
  ["^[\\p{L} .'-]+$", 'a'],
  ['^\\d{2}/\\d{2}/\\d{4}$', '1'],
  ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'a'],
  ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'a-'],
  ['^(?:\\d{1,3}\\.){3}\\d{1,3}$', '1.'],
  ['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', 'a'],
  ['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', 'a.'],
  ['^\\d+(?:[.,]\\d+)?$', '1'],
  ['^(?<year>\\d{4})-(?<month>\\d{2})$', '1'],
  ['^(?:a|b|c)+$', 'a'],
  ['^\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*)*$', 'A'],
  ['^[\\u0041-\\u005A\\u{1F600}]+$', 'A'],
  ['^\\S+$', 'a'],
  ['a+?b', 'a'],
];

const REJECTED: [pattern: string, code: string][] = [
  ['^(a+)+$', 'pattern-nested-quantifier'],
  ['(a|a)*', 'pattern-ambiguous-alternation'],
  ['(a|ab)*c', 'pattern-ambiguous-alternation'],
  ['(\\d+)*', 'pattern-nested-quantifier'],
  ['(.*)*', 'pattern-nested-quantifier'],
  ['^(\\w+\\s?)*$', 'pattern-nested-quantifier'],
  ['(a*)*b', 'pattern-nested-quantifier'],
  ['(?:a?){2,}', 'pattern-nested-quantifier'],
  ['(?:-?[a-z]+)*', 'pattern-nested-quantifier'],
  ['(?:a*-a*)*', 'pattern-nested-quantifier'],
  ['\\d*\\d*', 'pattern-adjacent-quantifiers'],
  ['a+a+', 'pattern-adjacent-quantifiers'],
  ['^.*.*$', 'pattern-adjacent-quantifiers'],
  ['.*x.*=', 'pattern-adjacent-quantifiers'],
  ['\\d+5?\\d+', 'pattern-adjacent-quantifiers'],
  ['\\d*5\\d*', 'pattern-adjacent-quantifiers'],
  ['[a-z]+(?:-[a-z]+)*[a-z]*', 'pattern-adjacent-quantifiers'],
  ['\\1', 'pattern-backreference'],
  ['(a)\\1', 'pattern-backreference'],
  ['(?<x>a)\\k<x>', 'pattern-backreference'],
  ['(?=a)', 'pattern-lookaround'],
  ['(?!a)b', 'pattern-lookaround'],
  ['(?<!a)', 'pattern-lookaround'],
  ['(?<=a)b', 'pattern-lookaround'],
  ['(', 'pattern-syntax'],
  ['a{2', 'pattern-syntax'],
  ['[z-a]', 'pattern-syntax'],
  ['\\q', 'pattern-syntax'],
  ['a**', 'pattern-syntax'],
  ['}', 'pattern-syntax'],
];

describe('checkPattern', () => {
  for (const [pattern] of ACCEPTED) {
    it(`accepts ${pattern}`, () => {
      assert.deepEqual(checkPattern(pattern), { ok: true });
    });
  }

  for (const [pattern, code] of REJECTED) {
    it(`rejects ${pattern} (${code})`, () => {
      const verdict = checkPattern(pattern);
      assert.equal(verdict.ok, false);
      if (verdict.ok) return;
      assert.equal(verdict.code, code);
      assert.ok(verdict.message.vi.length > 0 && verdict.message.en.length > 0);
    });
  }

  it('explains refusals in Vietnamese with diacritics and in English', () => {
    const verdict = checkPattern('^(a+)+$');
    assert.equal(verdict.ok, false);
    if (verdict.ok) return;
    assert.match(verdict.message.vi, /lặp lồng/);
    assert.match(verdict.message.en, /nested/);
  });

  // Not a benchmark: on these inputs catastrophic backtracking takes minutes and linear matching
  // microseconds, so a bound far above any machine's noise still tells the two apart.
  it('runs every accepted pattern without catastrophic backtracking on hostile input', () => {
    for (const [pattern, pumping] of ACCEPTED) {
      const regex = new RegExp(pattern, 'u');
      for (const input of [pumping.repeat(30) + '!', pumping.repeat(3000) + '!']) {
        const start = performance.now();
        regex.test(input);
        const elapsed = performance.now() - start;
        assert.ok(
          elapsed < 1000,
          `${pattern} took ${elapsed.toFixed(1)} ms on ${input.length} chars`,
        );
      }
    }
  });
});
