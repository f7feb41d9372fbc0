/**
 * The scope an iterator pushes between the outer data and the current item, so that
 * `{"val": [[1], "index"]}` can read the position. One frame per loop, updated in place.
 */
export class IterationFrame {
  index: number;

  constructor() {
    this.index = 0;
  }
}

/** What a `reduce` step sees: `current` item and `accumulator` so far. */
export class ReduceFrame {
  current: unknown;
  accumulator: unknown;

  constructor(current: unknown, accumulator: unknown) {
    this.current = current;
    this.accumulator = accumulator;
  }
}

/** A frame is reused while its loop runs; a rule that returns one gets a stable copy. */
export function detachFrame(value: unknown): unknown {
  return value instanceof IterationFrame ? { index: value.index } : value;
}
