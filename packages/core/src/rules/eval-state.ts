import { DEFAULT_LIMITS, type EvaluateOptions } from './options.js';
import { RuleError } from './rule-error.js';

/** Everything one evaluation carries: the scope stack, counters and limits. */
export interface EvalState {
  /** Data scopes; the last one is what `var` reads. Iterators push a frame and the item. */
  scopes: unknown[];
  depth: number;
  steps: number;
  maxDepth: number;
  maxSteps: number;
  maxArrayLength: number;
  maxStringLength: number;
}

// Evaluation is synchronous and never calls user code, so one state can be reused per call
// instead of allocating a fresh one on every keystroke.
const shared: EvalState = {
  scopes: [],
  depth: 0,
  steps: 0,
  ...DEFAULT_LIMITS,
};
let sharedInUse = false;

export function acquireState(data: unknown, options: EvaluateOptions | undefined): EvalState {
  const state: EvalState = sharedInUse
    ? { scopes: [], depth: 0, steps: 0, ...DEFAULT_LIMITS }
    : shared;
  sharedInUse = sharedInUse || state === shared;
  state.scopes.length = 0;
  state.scopes.push(data);
  state.depth = 0;
  state.steps = 0;
  state.maxDepth = options?.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  state.maxSteps = options?.maxSteps ?? DEFAULT_LIMITS.maxSteps;
  state.maxArrayLength = options?.maxArrayLength ?? DEFAULT_LIMITS.maxArrayLength;
  state.maxStringLength = options?.maxStringLength ?? DEFAULT_LIMITS.maxStringLength;
  return state;
}

export function releaseState(state: EvalState): void {
  // Drop references to caller data so the shared state does not keep it alive.
  state.scopes.length = 0;
  if (state === shared) sharedInUse = false;
}

/** Counts work; long loops call this with the number of elements they touch. */
export function chargeSteps(state: EvalState, count: number, node: unknown): void {
  state.steps += count;
  if (state.steps > state.maxSteps) {
    throw new RuleError(
      'too-many-steps',
      `rule needs more than ${state.maxSteps} evaluation steps`,
      node,
    );
  }
}

export function checkArrayLength(state: EvalState, length: number, node: unknown): void {
  if (length > state.maxArrayLength) {
    throw new RuleError(
      'too-large',
      `rule produces an array longer than ${state.maxArrayLength}`,
      node,
    );
  }
}

export function checkStringLength(state: EvalState, length: number, node: unknown): void {
  if (length > state.maxStringLength) {
    throw new RuleError(
      'too-large',
      `rule produces a string longer than ${state.maxStringLength}`,
      node,
    );
  }
}

/** The data `var` and `val` read right now. */
export function currentScope(state: EvalState): unknown {
  return state.scopes[state.scopes.length - 1];
}
