import { notANumber, toNumber } from './coerce.js';

/**
 * Loose equality without JavaScript's `==` surprises: two strings compare as text, anything else
 * numerically (null is 0, booleans 0/1). Arrays and objects cannot be compared (`not-a-number`).
 */
export function looseEquals(left: unknown, right: unknown, node: unknown): boolean {
  if (typeof left === 'string' && typeof right === 'string') return left === right;
  if (isComposite(left) || isComposite(right)) throw notANumber(node);
  // An unfilled field compared with a text is simply unequal, not an error: rules such as
  // {"==": [{"var": "gender"}, "male"]} run before the citizen has answered.
  if (isNothing(left) ? typeof right === 'string' : isNothing(right) && typeof left === 'string') {
    return false;
  }
  return toNumber(left, node) === toNumber(right, node);
}

/** Ordering: two strings compare by UTF-16 code units (e.g. ISO dates), the rest numerically. */
export function compareOrder(left: unknown, right: unknown, node: unknown): number {
  if (typeof left === 'string' && typeof right === 'string') {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  if (isComposite(left) || isComposite(right)) throw notANumber(node);
  const difference = toNumber(left, node) - toNumber(right, node);
  if (Number.isNaN(difference)) throw notANumber(node);
  return difference;
}

function isComposite(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function isNothing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}
