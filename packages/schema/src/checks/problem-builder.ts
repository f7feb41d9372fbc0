import { toPointer, type Problem } from '../problem.js';

export type Segments = readonly (string | number)[];

/** Shorthand for a problem at a pointer, with its two messages. */
export function problem(pointer: Segments, code: string, vi: string, en: string): Problem {
  return { pointer: toPointer(pointer), code, message: { vi, en } };
}
