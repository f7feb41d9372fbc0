import { expect } from '@open-wc/testing';
import { fromLogic, toLogic } from './condition-model.js';

const recognised: unknown[] = [
  { '==': [{ var: 'maritalStatus' }, 'divorced'] },
  { '!=': [{ var: 'a.b' }, 3] },
  { '>': [{ var: 'area' }, 250] },
  { '<=': [{ var: 'age' }, 18] },
  { '==': [{ var: 'agree' }, true] },
  { in: [{ var: 'kind' }, ['a', 'b']] },
  { '!': { var: 'note' } },
  { '!!': { var: 'note' } },
  { and: [{ '==': [{ var: 'x' }, 1] }, { '!': { var: 'y' } }] },
  { or: [{ in: [{ var: 'x' }, [1, 2]] }, { '>=': [{ var: 'z' }, 0] }] },
];

const unrecognised: unknown[] = [
  { '===': [{ var: 'x' }, 1] },
  { '==': [1, { var: 'x' }] },
  { '==': [{ var: 'x' }, { var: 'y' }] },
  { '!': [{ var: 'x' }] },
  { and: [{ '==': [{ var: 'x' }, 1] }, { or: [{ '!': { var: 'y' } }, true] }] },
  { and: [{ '==': [{ var: 'x' }, 1] }] },
  { var: 'x' },
  { '==': [{ var: ['x', 0] }, 1] },
  { in: [{ var: 'x' }, { var: 'list' }] },
  { if: [{ var: 'x' }, 1, 2] },
  true,
  'text',
];

describe('condition builder round trip', () => {
  for (const rule of recognised) {
    it(`reads and writes ${JSON.stringify(rule)} unchanged`, () => {
      const condition = fromLogic(rule);
      expect(condition).to.not.equal(undefined);
      expect(toLogic(condition!)).to.deep.equal(rule);
    });
  }

  for (const rule of unrecognised) {
    it(`leaves ${JSON.stringify(rule)} to raw JSON`, () => {
      expect(fromLogic(rule)).to.equal(undefined);
    });
  }

  it('writes no rule for no clause, and one clause without and/or', () => {
    expect(toLogic({ combinator: 'any', clauses: [] })).to.equal(undefined);
    expect(toLogic({ combinator: 'any', clauses: [{ field: 'x', op: 'empty' }] })).to.deep.equal({
      '!': { var: 'x' },
    });
  });
});
