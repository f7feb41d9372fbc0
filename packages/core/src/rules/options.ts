export interface EvaluateOptions {
  /** Deepest nesting of operations and array literals evaluated (default 64). */
  maxDepth?: number;
  /** Most operations, iterations and element visits in one evaluation (default 100 000). */
  maxSteps?: number;
  /** Longest array an operation may produce (default 100 000). */
  maxArrayLength?: number;
  /** Longest string an operation may produce (default 1 000 000 code units). */
  maxStringLength?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<EvaluateOptions>> = {
  maxDepth: 64,
  maxSteps: 100_000,
  maxArrayLength: 100_000,
  maxStringLength: 1_000_000,
};
