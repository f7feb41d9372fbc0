import { isTruthy } from './coerce.js';
import type { EvalState } from './eval-state.js';
import { chargeSteps, checkArrayLength } from './eval-state.js';
import { run } from './interpreter.js';
import { invalidArguments, literalOperands, operandAt, spreadOperand } from './operands.js';
import { IterationFrame, ReduceFrame } from './scope-frames.js';

/** What an iterator does when its array is null/missing in the data. */
type WhenAbsent = 'empty' | 'error';

/**
 * The array an iterator walks. A literal `null` in the rule is a definition error; an absent
 * array in the data is empty for `map`/`filter`/`reduce` and an error for `all`/`some`/`none`.
 */
function iteratedArray(
  list: readonly unknown[],
  node: object,
  state: EvalState,
  whenAbsent: WhenAbsent,
): readonly unknown[] {
  if (list.length === 0 || list[0] === null)
    throw invalidArguments(node, 'iterator needs an array');
  const items = run(list[0], state);
  if (Array.isArray(items)) return items;
  if ((items === null || items === undefined) && whenAbsent === 'empty') return [];
  throw invalidArguments(node, 'iterator needs an array');
}

/** `map`/`filter` need a predicate written out: `null` there is a definition error. */
function requiredPredicate(list: readonly unknown[], node: object): unknown {
  if (list.length < 2 || list[1] === null) throw invalidArguments(node, 'iterator needs logic');
  return list[1];
}

/** Runs `logic` with each item as the current data, behind a frame holding the index. */
function eachItem(
  items: readonly unknown[],
  logic: unknown,
  node: object,
  state: EvalState,
  visit: (result: unknown, item: unknown) => boolean,
): void {
  const frame = new IterationFrame();
  const base = state.scopes.length;
  state.scopes.push(frame, undefined);
  for (let i = 0; i < items.length; i++) {
    chargeSteps(state, 1, node);
    frame.index = i;
    state.scopes[base + 1] = items[i];
    if (!visit(run(logic, state), items[i])) break;
  }
  state.scopes.length = base;
}

export function map(args: unknown, node: object, state: EvalState): unknown[] {
  const list = literalOperands(args, node, 'map');
  const items = iteratedArray(list, node, state, 'empty');
  const logic = requiredPredicate(list, node);
  const results: unknown[] = [];
  eachItem(items, logic, node, state, (result) => {
    results.push(result);
    return true;
  });
  // Checked after the loop so that the step limit, not the size limit, stops a runaway map.
  checkArrayLength(state, results.length, node);
  return results;
}

export function filter(args: unknown, node: object, state: EvalState): unknown[] {
  const list = literalOperands(args, node, 'filter');
  const items = iteratedArray(list, node, state, 'empty');
  const logic = requiredPredicate(list, node);
  const kept: unknown[] = [];
  eachItem(items, logic, node, state, (result, item) => {
    if (isTruthy(result)) kept.push(item);
    return true;
  });
  checkArrayLength(state, kept.length, node);
  return kept;
}

/** `all` is false for an empty array (nothing to vouch for it). */
export function all(args: unknown, node: object, state: EvalState): boolean {
  const list = literalOperands(args, node, 'all');
  const items = iteratedArray(list, node, state, 'error');
  if (items.length === 0) return false;
  let holds = true;
  eachItem(items, list[1], node, state, (result) => {
    holds = isTruthy(result);
    return holds;
  });
  return holds;
}

export function some(args: unknown, node: object, state: EvalState): boolean {
  const list = literalOperands(args, node, 'some');
  const items = iteratedArray(list, node, state, 'error');
  let found = false;
  eachItem(items, list[1], node, state, (result) => {
    found = isTruthy(result);
    return !found;
  });
  return found;
}

export function none(args: unknown, node: object, state: EvalState): boolean {
  return !some(args, node, state);
}

/** `reduce`: [array, logic over {current, accumulator}, initial]; no initial starts from item 0. */
export function reduce(args: unknown, node: object, state: EvalState): unknown {
  const list = literalOperands(args, node, 'reduce');
  const items = iteratedArray(list, node, state, 'empty');
  const logic = requiredPredicate(list, node);
  const hasInitial = list.length > 2;
  let accumulator = hasInitial ? run(list[2], state) : items.length > 0 ? items[0] : null;
  const frame = new IterationFrame();
  const base = state.scopes.length;
  state.scopes.push(frame, undefined);
  for (let i = hasInitial ? 0 : 1; i < items.length; i++) {
    chargeSteps(state, 1, node);
    frame.index = i;
    // A fresh step object each time: the logic may return it as the next accumulator.
    state.scopes[base + 1] = new ReduceFrame(items[i], accumulator);
    accumulator = run(logic, state);
  }
  state.scopes.length = base;
  return accumulator;
}

/** `merge`: flattens array operands one level into a new array. */
export function merge(args: unknown, node: object, state: EvalState): unknown[] {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  const merged: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const value = operandAt(list, i, unevaluated, state);
    if (Array.isArray(value)) {
      chargeSteps(state, value.length, node);
      checkArrayLength(state, merged.length + value.length, node);
      for (const item of value) merged.push(item);
    } else {
      checkArrayLength(state, merged.length + 1, node);
      merged.push(value);
    }
  }
  return merged;
}
