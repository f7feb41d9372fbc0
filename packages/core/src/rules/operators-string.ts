import { toNumber, toText } from './coerce.js';
import type { EvalState } from './eval-state.js';
import { chargeSteps, checkStringLength } from './eval-state.js';
import { invalidArguments, operandAt, spreadOperand } from './operands.js';

/** `cat`: text of every operand joined; null adds nothing. */
export function cat(args: unknown, node: object, state: EvalState): string {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  let text = '';
  for (let i = 0; i < list.length; i++) {
    text += toText(operandAt(list, i, unevaluated, state), node);
    checkStringLength(state, text.length, node);
  }
  return text;
}

/**
 * `substr`: [text, start, length?]. A negative start counts from the end; a negative length
 * stops that many characters before the end.
 */
export function substr(args: unknown, node: object, state: EvalState): string {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length === 0) throw invalidArguments(node, '"substr" needs a text');
  const text = toText(operandAt(list, 0, unevaluated, state), node);
  const start =
    list.length > 1 ? Math.trunc(toNumber(operandAt(list, 1, unevaluated, state), node)) : 0;
  const from = start < 0 ? Math.max(text.length + start, 0) : Math.min(start, text.length);
  if (list.length < 3) return text.slice(from);
  const length = Math.trunc(toNumber(operandAt(list, 2, unevaluated, state), node));
  return length < 0
    ? text.slice(from, Math.max(text.length + length, from))
    : text.slice(from, from + length);
}

/** `in`: [needle, text] is a substring test; [needle, array] looks for an identical item. */
export function inside(args: unknown, node: object, state: EvalState): boolean {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  if (list.length < 2) throw invalidArguments(node, '"in" needs [needle, haystack]');
  const needle = operandAt(list, 0, unevaluated, state);
  const haystack = operandAt(list, 1, unevaluated, state);
  if (typeof haystack === 'string') {
    if (needle === null || typeof needle === 'object') return false;
    chargeSteps(state, Math.ceil(haystack.length / 64), node);
    return haystack.includes(String(needle));
  }
  if (Array.isArray(haystack)) {
    chargeSteps(state, haystack.length, node);
    return haystack.includes(needle);
  }
  return false;
}
