import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { evaluate, KNOWN_OPERATORS, RuleError, type RuleErrorCode } from '../src/rules/index.js';

function failure(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof RuleError, `expected a RuleError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the rule to fail');
}

function assertFails(run: () => unknown, code: RuleErrorCode, path?: string): void {
  const error = failure(run);
  assert.equal(error.code, code, error.message);
  if (path !== undefined) assert.equal(error.path, path);
}

describe('rules: data is read by own properties only', () => {
  const data = { name: 'An', list: [1, 2], nested: { x: 1 } };
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`treats "${key}" as a missing key`, () => {
      assert.equal(evaluate({ var: key }, data), null);
      assert.equal(evaluate({ var: `nested.${key}` }, data), null);
      assert.equal(evaluate({ val: ['nested', key] }, data), null);
      assert.equal(evaluate({ exists: key }, data), false);
      assert.deepEqual(evaluate({ missing: [key] }, data), [key]);
    });
  }

  it('cannot climb to Function through constructor chains', () => {
    assert.equal(evaluate({ var: 'constructor.constructor' }, data), null);
    assert.equal(evaluate({ val: ['name', 'constructor', 'constructor'] }, data), null);
    assert.equal(evaluate({ var: 'list.constructor.name' }, data), null);
  });

  it('exposes only indices of arrays and nothing of strings', () => {
    assert.equal(evaluate({ var: 'list.length' }, data), null);
    assert.equal(evaluate({ var: 'name.length' }, data), null);
    assert.equal(evaluate({ var: 'list.1' }, data), 2);
    assert.equal(evaluate({ var: 'list.01' }, data), null);
  });

  it('reads an own "__proto__" key of parsed JSON as ordinary data', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": true}}');
    assert.deepEqual(evaluate({ var: '__proto__.polluted' }, parsed), true);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reads no globals', () => {
    for (const name of ['process', 'globalThis', 'window', 'require', 'console']) {
      assert.equal(evaluate({ var: name }, {}), null);
    }
  });
});

describe('rules: operators are an allow-list', () => {
  it('rejects an unknown operator with a pointer to it', () => {
    assertFails(
      () => evaluate({ and: [true, { if: [true, { foo: [1] }] }] }),
      'unknown-operator',
      '/and/1/if/1',
    );
  });

  it('rejects log, method and anything code-like', () => {
    for (const operator of ['log', 'method', 'eval', 'Function', 'now', 'random', 'fetch']) {
      assert.equal(KNOWN_OPERATORS.has(operator), false);
      assertFails(() => evaluate({ [operator]: ['x'] }), 'unknown-operator', '');
    }
  });

  it('rejects objects with more than one key instead of guessing', () => {
    assertFails(() => evaluate({ '!': [{ var: 'a', default: 1 }] }), 'invalid-rule', '/!/0');
  });

  it('escapes pointer segments', () => {
    assertFails(() => evaluate({ '/': [1, { 'a/b': 1 }] }), 'unknown-operator', '/~1/1');
  });

  it('reports bad operands with their pointer', () => {
    assertFails(() => evaluate({ if: [true, { '+': ['x', 1] }] }), 'not-a-number', '/if/1');
    assertFails(() => evaluate({ or: [false, { map: 5 }] }), 'invalid-arguments', '/or/1');
  });
});

describe('rules: limits', () => {
  function nested(depth: number): unknown {
    let rule: unknown = true;
    for (let i = 0; i < depth; i++) rule = { '!': [rule] };
    return rule;
  }

  it('evaluates rules nested within the depth limit', () => {
    assert.equal(evaluate(nested(60)), true);
  });

  it('stops rules nested too deep', () => {
    assertFails(() => evaluate(nested(65)), 'too-deep');
    assertFails(() => evaluate(nested(11), null, { maxDepth: 10 }), 'too-deep');
  });

  it('stops a cyclic rule built in code instead of overflowing the stack', () => {
    const cyclic: { '!': unknown[] } = { '!': [] };
    cyclic['!'].push(cyclic);
    assertFails(() => evaluate(cyclic), 'too-deep');
  });

  it('stops a map over a huge array at the step limit, quickly', () => {
    const numbers = Array.from({ length: 1_000_000 }, (_, i) => i);
    const started = performance.now();
    const error = failure(() =>
      evaluate({ map: [{ var: 'numbers' }, { '*': [{ var: '' }, 2] }] }, { numbers }),
    );
    assert.equal(error.code, 'too-many-steps');
    assert.ok(error.path.startsWith('/map'), error.path);
    assert.ok(performance.now() - started < 1000);
  });

  it('counts nested iterations', () => {
    const rows = Array.from({ length: 400 }, () => Array.from({ length: 400 }, () => 1));
    const rule = {
      map: [
        { var: 'rows' },
        { reduce: [{ var: '' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
      ],
    };
    assertFails(() => evaluate(rule, { rows }), 'too-many-steps');
    assert.deepEqual(evaluate(rule, { rows: rows.slice(0, 2) }), [400, 400]);
  });

  it('honours a custom step budget', () => {
    const rule = { filter: [[1, 2, 3, 4, 5], true] };
    assert.deepEqual(evaluate(rule, null, { maxSteps: 100 }), [1, 2, 3, 4, 5]);
    assertFails(() => evaluate(rule, null, { maxSteps: 5 }), 'too-many-steps');
  });

  it('limits the size of produced arrays and strings', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    assertFails(
      () =>
        evaluate(
          { merge: [{ var: 'items' }, { var: 'items' }] },
          { items },
          { maxArrayLength: 60 },
        ),
      'too-large',
    );
    // Doubling a string each step grows exponentially; the size limit stops it.
    const doubling = {
      reduce: [{ var: 'items' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'],
    };
    assertFails(() => evaluate(doubling, { items }), 'too-large');
  });

  it('does not let try swallow limit errors', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => i);
    const rule = { try: [{ map: [{ var: 'numbers' }, { var: '' }] }, 'fallback'] };
    assertFails(() => evaluate(rule, { numbers }), 'too-many-steps');
    assertFails(() => evaluate({ try: [{ nope: [] }, 1] }), 'unknown-operator', '/try/0');
  });

  it('lets try recover from errors the rule itself raises', () => {
    assert.equal(evaluate({ try: [{ '/': [1, 0] }, 0] }), 0);
    assert.equal(evaluate({ try: [{ throw: 'bad' }, { var: 'type' }] }), 'bad');
  });
});

describe('rules: evaluation does not leak between calls', () => {
  it('gives the same answer twice and leaves data untouched', () => {
    const data = { items: [{ qty: 2 }, { qty: 3 }] };
    const snapshot = JSON.stringify(data);
    const rule = {
      reduce: [{ var: 'items' }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0],
    };
    assert.equal(evaluate(rule, data), 5);
    assert.equal(evaluate(rule, data), 5);
    assert.equal(JSON.stringify(data), snapshot);
  });

  it('recovers after a failed evaluation', () => {
    assertFails(() => evaluate({ map: [[1, 2], { boom: 1 }] }, { a: 1 }), 'unknown-operator');
    assert.equal(evaluate({ var: 'a' }, { a: 1 }), 1);
  });
});
