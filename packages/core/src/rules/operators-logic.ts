import { isTruthy } from './coerce.js';
import type { EvalState } from './eval-state.js';
import { run } from './interpreter.js';
import { literalOperands, operandAt, spreadOperand } from './operands.js';

/** `if` / `?:`: [cond, then, cond, then, …, else]; only the chosen branch is evaluated. */
export function ifThenElse(args: unknown, node: object, state: EvalState): unknown {
  const list = literalOperands(args, node, 'if');
  let i = 0;
  for (; i + 1 < list.length; i += 2) {
    if (isTruthy(run(list[i], state))) return run(list[i + 1], state);
  }
  return i < list.length ? run(list[i], state) : null;
}

/** First falsy operand, else the last one; no operands is false. */
export function and(args: unknown, node: object, state: EvalState): unknown {
  const list = literalOperands(args, node, 'and');
  let value: unknown = false;
  for (let i = 0; i < list.length; i++) {
    value = run(list[i], state);
    if (!isTruthy(value)) return value;
  }
  return value;
}

/** First truthy operand, else the last one; no operands is false. */
export function or(args: unknown, node: object, state: EvalState): unknown {
  const list = literalOperands(args, node, 'or');
  let value: unknown = false;
  for (let i = 0; i < list.length; i++) {
    value = run(list[i], state);
    if (isTruthy(value)) return value;
  }
  return value;
}

export function not(args: unknown, _node: object, state: EvalState): boolean {
  return !isTruthy(singleOperand(args, state));
}

export function truthy(args: unknown, _node: object, state: EvalState): boolean {
  return isTruthy(singleOperand(args, state));
}

/** `??`: the first operand that is not null. */
export function coalesce(args: unknown, _node: object, state: EvalState): unknown {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  for (let i = 0; i < list.length; i++) {
    const value = operandAt(list, i, unevaluated, state);
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** `!` and `!!` take `[x]` or a bare `x`; a bare expression is never spread. */
function singleOperand(args: unknown, state: EvalState): unknown {
  if (!Array.isArray(args)) return run(args, state);
  return args.length === 0 ? undefined : run(args[0], state);
}
