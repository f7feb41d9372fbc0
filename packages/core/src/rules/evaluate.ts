import { acquireState, releaseState } from './eval-state.js';
import { run } from './interpreter.js';
import type { EvaluateOptions } from './options.js';
import { DEFAULT_LIMITS } from './options.js';
import { nodeOfError, RuleError } from './rule-error.js';
import { pointerTo } from './rule-pointer.js';

/**
 * Evaluates a JSON Logic rule against data. Throws a `RuleError` (with a JSON pointer to the
 * failing operation in `path`) on unknown operators, bad operands, `throw`, or exceeded limits.
 * Absent data is null; an undefined result is null.
 */
export function evaluate(rule: unknown, data?: unknown, options?: EvaluateOptions): unknown {
  const state = acquireState(data === undefined ? null : data, options);
  try {
    const result = run(rule, state);
    return result === undefined ? null : result;
  } catch (error) {
    if (error instanceof RuleError) locate(error, rule, options);
    throw error;
  } finally {
    releaseState(state);
  }
}

function locate(error: RuleError, rule: unknown, options: EvaluateOptions | undefined): void {
  const node = nodeOfError(error);
  if (node === undefined) return;
  // A little beyond maxDepth: the failing node can sit one level below the deepest operation.
  const searchDepth = (options?.maxDepth ?? DEFAULT_LIMITS.maxDepth) + 2;
  error.path = pointerTo(rule, node, searchDepth) ?? '';
}
