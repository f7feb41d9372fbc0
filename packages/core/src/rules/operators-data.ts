import { childOf, hasChild, valueAtDottedPath } from './data-access.js';
import type { EvalState } from './eval-state.js';
import { chargeSteps, currentScope } from './eval-state.js';
import { run } from './interpreter.js';
import { invalidArguments, operandAt, spreadOperand } from './operands.js';
import { detachFrame } from './scope-frames.js';

/** `var`: a dotted path into the current data, with an optional default when it is absent. */
export function variable(args: unknown, node: object, state: EvalState): unknown {
  const written = Array.isArray(args);
  const path = written ? (args.length > 0 ? run(args[0], state) : null) : run(args, state);
  const value = readDottedPath(currentScope(state), path, node);
  if (value !== undefined) return detachFrame(value);
  return written && args.length > 1 ? run(args[1], state) : null;
}

function readDottedPath(data: unknown, path: unknown, node: object): unknown {
  if (path === null || path === undefined) return data;
  if (typeof path === 'string') return valueAtDottedPath(data, path);
  if (typeof path === 'number') return valueAtDottedPath(data, String(path));
  throw invalidArguments(node, '"var" needs a text or number path');
}

/**
 * `val`: a path given as separate keys (keys may contain dots). A leading `[n]` climbs n scopes
 * first: inside `map`, `[1]` is the loop frame (`index`) and `[2]` the data around the loop.
 */
export function value(args: unknown, node: object, state: EvalState): unknown {
  if (!Array.isArray(args)) {
    const key = run(args, state);
    const data = currentScope(state);
    return orNull(key === null ? data : childOf(data, asKey(key, node)));
  }
  let result = startingScope(args, state);
  for (let i = firstKeyIndex(args); i < args.length && result !== undefined; i++) {
    result = childOf(result, asKey(run(args[i], state), node));
  }
  return orNull(result);
}

/** `exists`: whether every key of a `val`-style path is present (even when its value is null). */
export function exists(args: unknown, node: object, state: EvalState): boolean {
  if (!Array.isArray(args)) return hasChild(currentScope(state), asKey(run(args, state), node));
  let container = startingScope(args, state);
  for (let i = firstKeyIndex(args); i < args.length; i++) {
    const key = asKey(run(args[i], state), node);
    if (!hasChild(container, key)) return false;
    container = childOf(container, key);
  }
  return true;
}

function climbsScopes(path: readonly unknown[]): boolean {
  const head = path[0];
  return Array.isArray(head) && typeof head[0] === 'number';
}

function firstKeyIndex(path: readonly unknown[]): number {
  return climbsScopes(path) ? 1 : 0;
}

/** The scope a path starts from; climbing past the outermost data stops there. */
function startingScope(path: readonly unknown[], state: EvalState): unknown {
  const top = state.scopes.length - 1;
  if (!climbsScopes(path)) return state.scopes[top];
  const levels = Math.abs(Math.trunc((path[0] as readonly number[])[0] as number));
  return state.scopes[Math.max(0, top - levels)];
}

function asKey(key: unknown, node: object): string | number {
  if (typeof key === 'string' || typeof key === 'number') return key;
  throw invalidArguments(node, 'a path key must be text or a number');
}

function orNull(result: unknown): unknown {
  return result === undefined ? null : detachFrame(result);
}

/** `missing`: the listed `var` paths whose value is absent, null or empty text. */
export function missing(args: unknown, node: object, state: EvalState): unknown[] {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  const first = list.length > 0 ? operandAt(list, 0, unevaluated, state) : undefined;
  // `{"missing": [["a", "b"]]}` and `{"missing": {"merge": …}}` name the keys in one array.
  if (Array.isArray(first)) return missingKeys(first, node, state);
  const keys: unknown[] = [];
  for (let i = 0; i < list.length; i++)
    keys.push(i === 0 ? first : operandAt(list, i, unevaluated, state));
  return missingKeys(keys, node, state);
}

/** `missing_some`: [need, keys] → [] when at least `need` keys are present, else the missing. */
export function missingSome(args: unknown, node: object, state: EvalState): unknown[] {
  const unevaluated = Array.isArray(args);
  const list = unevaluated ? args : spreadOperand(args, state);
  const need = operandAt(list, 0, unevaluated, state);
  const keys = list.length > 1 ? operandAt(list, 1, unevaluated, state) : undefined;
  if (typeof need !== 'number' || !Array.isArray(keys)) {
    throw invalidArguments(node, '"missing_some" needs [count, [keys]]');
  }
  const absent = missingKeys(keys, node, state);
  return keys.length - absent.length >= need ? [] : absent;
}

function missingKeys(keys: readonly unknown[], node: object, state: EvalState): unknown[] {
  chargeSteps(state, keys.length, node);
  const data = currentScope(state);
  const absent: unknown[] = [];
  for (const key of keys) {
    const found = readDottedPath(data, key, node);
    if (found === undefined || found === null || found === '') absent.push(key);
  }
  return absent;
}

/** `preserve`: its operand as data, not evaluated. */
export function preserve(args: unknown): unknown {
  return args;
}
