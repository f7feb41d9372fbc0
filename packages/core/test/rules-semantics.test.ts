import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { evaluate, isRule, isTruthy, RuleError } from '../src/rules/index.js';

describe('rules: choices beyond the compatibility suites', () => {
  it('treats an unanswered field compared with a text as unequal, not an error', () => {
    assert.equal(evaluate({ '==': [{ var: 'gender' }, 'male'] }, {}), false);
    assert.equal(evaluate({ '!=': [{ var: 'gender' }, 'male'] }, {}), true);
    assert.equal(evaluate({ '==': [{ var: 'gender' }, null] }, {}), true);
  });

  it('compares ISO dates as text', () => {
    assert.equal(
      evaluate({ '<=': ['2024-01-31', { var: 'date' }, '2024-12-31'] }, { date: '2024-06-01' }),
      true,
    );
  });

  it('never returns -0, NaN or Infinity', () => {
    assert.ok(Object.is(evaluate({ '*': [-1, 0] }), 0));
    assert.throws(() => evaluate({ '+': ['Infinity'] }), RuleError);
    assert.throws(
      () => evaluate({ '/': [1, 0] }),
      (error: unknown) => error instanceof RuleError && error.code === 'not-a-number',
    );
  });

  it('returns a copy of the loop frame, not the live one', () => {
    assert.deepEqual(evaluate({ map: [[5, 6], { val: [[1]] }] }), [{ index: 0 }, { index: 1 }]);
  });

  it('rejects max/min of nothing', () => {
    assert.throws(() => evaluate({ max: [] }), RuleError);
  });

  it('recognises operations', () => {
    assert.equal(isRule({ var: 'a' }), true);
    assert.equal(isRule({ log: 'a' }), false);
    assert.equal(isRule({ var: 'a', x: 1 }), false);
    assert.equal(isRule([{ var: 'a' }]), false);
    assert.equal(isTruthy([]), false);
    assert.equal(isTruthy({}), true);
    assert.equal(isTruthy('0'), true);
  });
});
