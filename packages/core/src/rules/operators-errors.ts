import type { EvalState } from './eval-state.js';
import { run } from './interpreter.js';
import { RuleError } from './rule-error.js';

/** `throw`: raises a text as `{type: text}`, an object as itself. */
export function throwError(args: unknown, node: object, state: EvalState): never {
  const thrown = run(Array.isArray(args) ? args[0] : args, state);
  const value =
    thrown !== null && typeof thrown === 'object' && !Array.isArray(thrown)
      ? thrown
      : { type: typeof thrown === 'string' ? thrown : JSON.stringify(thrown ?? null) };
  const type = (value as { type?: unknown }).type;
  throw new RuleError('thrown', `rule threw ${JSON.stringify(type ?? null)}`, node, value);
}

// Between the outer data and the error value, like an iterator's frame, so `[2]` climbs out.
const TRY_FRAME = Object.freeze(Object.create(null) as object);

/**
 * `try`: the first operand that evaluates without error. Each fallback runs with the previous
 * error value (`{type}`) as its data. Limit and definition errors are never caught.
 */
export function attempt(args: unknown, node: object, state: EvalState): unknown {
  const list: readonly unknown[] = Array.isArray(args) ? args : [args];
  const depth = state.depth;
  const base = state.scopes.length;
  let lastError: RuleError | undefined;
  for (let i = 0; i < list.length; i++) {
    if (lastError !== undefined) state.scopes.push(TRY_FRAME, lastError.value);
    try {
      const result = run(list[i], state);
      state.scopes.length = base;
      return result;
    } catch (error) {
      if (!(error instanceof RuleError) || !error.catchable) throw error;
      lastError = error;
      state.depth = depth;
      state.scopes.length = base;
    }
  }
  if (lastError !== undefined) throw lastError;
  return null;
}
