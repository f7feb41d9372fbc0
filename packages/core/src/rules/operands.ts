import type { EvalState } from './eval-state.js';
import { run } from './interpreter.js';
import { RuleError } from './rule-error.js';

/**
 * Operands of a data operator (`+`, `cat`, `merge`…) written as one expression rather than an
 * array (`{"+": {"val": "list"}}`): its value is the operand list when it is an array, else the
 * single operand. Callers evaluate an array written out in the rule lazily, item by item.
 */
export function spreadOperand(args: unknown, state: EvalState): readonly unknown[] {
  const value = run(args, state);
  return Array.isArray(value) ? value : [value];
}

/** Evaluates the i-th operand of a list obtained as above. */
export function operandAt(
  list: readonly unknown[],
  index: number,
  unevaluated: boolean,
  state: EvalState,
): unknown {
  return unevaluated ? run(list[index], state) : list[index];
}

/** Control and comparison operators need their operands written out, so they can stay lazy. */
export function literalOperands(args: unknown, node: object, operator: string): readonly unknown[] {
  if (!Array.isArray(args)) {
    throw new RuleError('invalid-arguments', `"${operator}" needs an array of operands`, node);
  }
  return args;
}

export function invalidArguments(node: object, message: string): RuleError {
  return new RuleError('invalid-arguments', message, node);
}
