import { finiteResult, toNumber } from './coerce.js';
import type { EvalState } from './eval-state.js';
import { invalidArguments, operandAt, spreadOperand } from './operands.js';

// All arithmetic is IEEE double arithmetic, identical in every JavaScript engine. Results that
// are not finite (division by zero, overflow) are `not-a-number` errors: JSON cannot carry them.

export function plus(args: unknown, node: object, state: EvalState): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    sum += toNumber(operandAt(list, i, unevaluated, state), node);
  }
  return normalized(sum, node);
}

export function times(args: unknown, node: object, state: EvalState): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  let product = 1;
  for (let i = 0; i < list.length; i++) {
    product *= toNumber(operandAt(list, i, unevaluated, state), node);
  }
  return normalized(product, node);
}

/** `-`: one operand negates it, more subtract left to right. */
export function minus(args: unknown, node: object, state: EvalState): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length === 0) throw invalidArguments(node, '"-" needs at least one operand');
  const first = toNumber(operandAt(list, 0, unevaluated, state), node);
  if (list.length === 1) return normalized(-first, node);
  let result = first;
  for (let i = 1; i < list.length; i++) {
    result -= toNumber(operandAt(list, i, unevaluated, state), node);
  }
  return normalized(result, node);
}

/** `/`: one operand is its reciprocal, more divide left to right. */
export function divide(args: unknown, node: object, state: EvalState): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length === 0) throw invalidArguments(node, '"/" needs at least one operand');
  const first = toNumber(operandAt(list, 0, unevaluated, state), node);
  if (list.length === 1) return normalized(1 / first, node);
  let result = first;
  for (let i = 1; i < list.length; i++) {
    result /= toNumber(operandAt(list, i, unevaluated, state), node);
  }
  return normalized(result, node);
}

/** `%`: remainder (sign of the dividend, as in JavaScript), left to right. */
export function modulo(args: unknown, node: object, state: EvalState): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length < 2) throw invalidArguments(node, '"%" needs at least two operands');
  let result = toNumber(operandAt(list, 0, unevaluated, state), node);
  for (let i = 1; i < list.length; i++) {
    result %= toNumber(operandAt(list, i, unevaluated, state), node);
  }
  return normalized(result, node);
}

export function max(args: unknown, node: object, state: EvalState): number {
  return extreme(args, node, state, 1);
}

export function min(args: unknown, node: object, state: EvalState): number {
  return extreme(args, node, state, -1);
}

function extreme(args: unknown, node: object, state: EvalState, direction: 1 | -1): number {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length === 0) throw invalidArguments(node, 'max/min need at least one operand');
  let best = toNumber(operandAt(list, 0, unevaluated, state), node);
  for (let i = 1; i < list.length; i++) {
    const value = toNumber(operandAt(list, i, unevaluated, state), node);
    if ((value - best) * direction > 0) best = value;
  }
  return normalized(best, node);
}

/** Finite, and never -0 (which would print as 0 but compare differently). */
function normalized(value: number, node: object): number {
  const result = finiteResult(value, node);
  return result === 0 ? 0 : result;
}
