import { KNOWN_OPERATORS } from './operator-table.js';

/** Whether a value is a JSON Logic operation: an object with one own key naming a known operator. */
export function isRule(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && KNOWN_OPERATORS.has(keys[0] as string);
}
