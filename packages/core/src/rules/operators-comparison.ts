import { compareOrder, looseEquals } from './compare-values.js';
import type { EvalState } from './eval-state.js';
import { run } from './interpreter.js';
import { invalidArguments, literalOperands } from './operands.js';

/** How two neighbouring operands must relate for a chain such as `<: [a, b, c]` to hold. */
type PairTest = (left: unknown, right: unknown, node: object) => boolean;

/**
 * Comparisons chain over two or more operands (`a < b < c`) and stop at the first pair that
 * fails, so later operands are not evaluated.
 */
function chained(operator: string, holds: PairTest) {
  return (args: unknown, node: object, state: EvalState): boolean => {
    const list = literalOperands(args, node, operator);
    if (list.length < 2) throw invalidArguments(node, `"${operator}" needs at least two operands`);
    let left = run(list[0], state);
    for (let i = 1; i < list.length; i++) {
      const right = run(list[i], state);
      if (!holds(left, right, node)) return false;
      left = right;
    }
    return true;
  };
}

export const lessThan = chained('<', (a, b, node) => compareOrder(a, b, node) < 0);
export const lessOrEqual = chained('<=', (a, b, node) => compareOrder(a, b, node) <= 0);
export const greaterThan = chained('>', (a, b, node) => compareOrder(a, b, node) > 0);
export const greaterOrEqual = chained('>=', (a, b, node) => compareOrder(a, b, node) >= 0);
export const equals = chained('==', (a, b, node) => looseEquals(a, b, node));
export const notEquals = chained('!=', (a, b, node) => !looseEquals(a, b, node));
export const strictEquals = chained('===', (a, b) => a === b);
export const strictNotEquals = chained('!==', (a, b) => a !== b);
