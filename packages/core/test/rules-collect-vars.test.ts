import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { collectVars } from '../src/rules/index.js';

describe('rules: collectVars', () => {
  it('lists var paths once, in order of appearance', () => {
    const rule = {
      and: [
        { var: 'applicant.age' },
        { '==': [{ var: ['status', 'new'] }, { var: 'applicant.age' }] },
      ],
    };
    assert.deepEqual(collectVars(rule), ['applicant.age', 'status']);
  });

  it('includes val, exists and literal missing / missing_some keys', () => {
    const rule = {
      if: [
        { missing: ['a', 'b.c'] },
        { missing_some: [1, ['phone', 'email']] },
        { '??': [{ val: ['person', 'name'] }, { exists: 'nickname' }] },
      ],
    };
    assert.deepEqual(collectVars(rule), ['a', 'b.c', 'phone', 'email', 'person.name', 'nickname']);
    assert.deepEqual(collectVars({ missing: [['x', 'y']] }), ['x', 'y']);
  });

  it('reports what a computed path reads, not the computed path', () => {
    assert.deepEqual(collectVars({ var: { cat: ['field_', { var: 'n' }] } }), ['n']);
  });

  it('ignores the whole-data path and preserved data', () => {
    assert.deepEqual(collectVars({ var: '' }), []);
    assert.deepEqual(collectVars({ preserve: { var: 'a' } }), []);
  });

  it('reports item paths under <array>.*', () => {
    const rule = {
      all: [{ var: 'children' }, { '<': [{ var: 'age' }, 18, { val: [[2], 'limit'] }] }],
    };
    assert.deepEqual(collectVars(rule), ['children', 'children.*.age', 'limit']);
    assert.deepEqual(collectVars({ map: [{ var: 'xs' }, { var: '' }] }), ['xs', 'xs.*']);
  });

  it('maps reduce current to items and skips the accumulator', () => {
    const rule = {
      reduce: [
        { var: 'fees' },
        { '+': [{ var: 'accumulator' }, { var: 'current.amount' }] },
        { var: 'base' },
      ],
    };
    assert.deepEqual(collectVars(rule), ['fees', 'fees.*.amount', 'base']);
  });

  it('skips reads of an iterator over a computed array and of try errors', () => {
    assert.deepEqual(
      collectVars({ map: [{ merge: [{ var: 'a' }, { var: 'b' }] }, { var: 'x' }] }),
      ['a', 'b'],
    );
    assert.deepEqual(collectVars({ try: [{ var: 'a' }, { var: 'type' }] }), ['a']);
  });

  it('survives cyclic input', () => {
    const cyclic: { and: unknown[] } = { and: [{ var: 'a' }] };
    cyclic.and.push(cyclic);
    assert.deepEqual(collectVars(cyclic), ['a']);
  });
});
