import { RuleError } from './rule-error.js';

/** JSON Logic truthiness: empty arrays are false, every object is true. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

export function isPlainData(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/**
 * Numeric view of a value for arithmetic and comparison: null is 0, booleans 0/1, strings are
 * parsed; arrays, objects and unparsable strings are a `not-a-number` error.
 */
export function toNumber(value: unknown, node: unknown): number {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw notANumber(node);
    return value;
  }
  if (value === null || value === undefined || value === false) return 0;
  if (value === true) return 1;
  if (typeof value === 'string') {
    const parsed = Number(value);
    if (Number.isNaN(parsed)) throw notANumber(node);
    return parsed;
  }
  throw notANumber(node);
}

/** Results must be JSON numbers: NaN and ±Infinity (e.g. division by zero) are errors. */
export function finiteResult(value: number, node: unknown): number {
  if (!Number.isFinite(value)) throw notANumber(node);
  return value;
}

export function notANumber(node: unknown): RuleError {
  return new RuleError('not-a-number', 'operation has no numeric result', node);
}

/** Text of a value for `cat`/`substr`: null is empty, arrays join with commas, objects fail. */
export function toText(value: unknown, node: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    let text = '';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += toText(value[i], node);
    }
    return text;
  }
  throw new RuleError('invalid-arguments', 'an object has no text form', node);
}
