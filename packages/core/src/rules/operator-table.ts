import type { Operator } from './interpreter.js';
import * as arithmetic from './operators-arithmetic.js';
import * as array from './operators-array.js';
import * as comparison from './operators-comparison.js';
import * as data from './operators-data.js';
import * as errors from './operators-errors.js';
import * as logic from './operators-logic.js';
import * as text from './operators-string.js';

/**
 * The allow-list. Anything else is an `unknown-operator` error, never a silent null.
 *
 * Deliberately absent: `log` (a console side effect that differs between browser and server;
 * debug by evaluating sub-rules instead), `method` (calls arbitrary JavaScript methods), and
 * anything reading time, randomness, globals or the network — the same rule must give the same
 * answer everywhere.
 */
export const OPERATORS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  // Data access
  ['var', data.variable],
  ['val', data.value],
  ['exists', data.exists],
  ['missing', data.missing],
  ['missing_some', data.missingSome],
  ['preserve', data.preserve],
  // Control
  ['if', logic.ifThenElse],
  ['?:', logic.ifThenElse],
  ['and', logic.and],
  ['or', logic.or],
  ['!', logic.not],
  ['!!', logic.truthy],
  ['??', logic.coalesce],
  ['throw', errors.throwError],
  ['try', errors.attempt],
  // Comparison
  ['==', comparison.equals],
  ['!=', comparison.notEquals],
  ['===', comparison.strictEquals],
  ['!==', comparison.strictNotEquals],
  ['<', comparison.lessThan],
  ['<=', comparison.lessOrEqual],
  ['>', comparison.greaterThan],
  ['>=', comparison.greaterOrEqual],
  // Arithmetic
  ['+', arithmetic.plus],
  ['-', arithmetic.minus],
  ['*', arithmetic.times],
  ['/', arithmetic.divide],
  ['%', arithmetic.modulo],
  ['max', arithmetic.max],
  ['min', arithmetic.min],
  // Arrays
  ['map', array.map],
  ['filter', array.filter],
  ['reduce', array.reduce],
  ['all', array.all],
  ['some', array.some],
  ['none', array.none],
  ['merge', array.merge],
  // Text
  ['cat', text.cat],
  ['substr', text.substr],
  ['in', text.inside],
]);

export const KNOWN_OPERATORS: ReadonlySet<string> = new Set(OPERATORS.keys());
