import type { EvalState } from './eval-state.js';
import { checkArrayLength } from './eval-state.js';
import { OPERATORS } from './operator-table.js';
import { RuleError } from './rule-error.js';

/**
 * An operator receives its operand exactly as written in the rule and evaluates it itself, so
 * that `if`, `and`, `or` and the iterators can be lazy.
 */
export type Operator = (args: unknown, node: object, state: EvalState) => unknown;

/** Evaluates one rule node: literals pass through, arrays evaluate element-wise. */
export function run(node: unknown, state: EvalState): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return runArrayLiteral(node, state);

  // Find the single own key without allocating (Object.keys would build an array each time).
  let operator: string | undefined;
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue;
    if (operator !== undefined) {
      throw new RuleError('invalid-rule', 'an operation must have exactly one key', node);
    }
    operator = key;
  }
  if (operator === undefined) return node; // `{}` is an ordinary (empty) object value.

  const implementation = OPERATORS.get(operator);
  if (implementation === undefined) {
    throw new RuleError('unknown-operator', `unknown operator "${operator}"`, node);
  }
  enter(state, node);
  const result = implementation((node as Record<string, unknown>)[operator], node, state);
  state.depth--;
  return result;
}

function runArrayLiteral(node: readonly unknown[], state: EvalState): unknown[] {
  enter(state, node);
  checkArrayLength(state, node.length, node);
  const values = new Array<unknown>(node.length);
  for (let i = 0; i < node.length; i++) values[i] = run(node[i], state);
  state.depth--;
  return values;
}

function enter(state: EvalState, node: unknown): void {
  if (++state.depth > state.maxDepth) {
    throw new RuleError('too-deep', `rule is nested deeper than ${state.maxDepth}`, node);
  }
  if (++state.steps > state.maxSteps) {
    throw new RuleError(
      'too-many-steps',
      `rule needs more than ${state.maxSteps} evaluation steps`,
      node,
    );
  }
}
