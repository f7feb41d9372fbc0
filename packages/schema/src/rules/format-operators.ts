/**
 * The JSON Logic operators a definition may use: exactly the operators of the original, widely
 * implemented JSON Logic specification, so that a back end in another language can evaluate
 * every rule of a definition with an off-the-shelf library. (Hoso's evaluator knows more, for
 * conformance; the format deliberately stays portable.)
 */
export const FORMAT_OPERATORS: ReadonlySet<string> = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
]);

/** Operators whose second argument is evaluated against each item, not against the data. */
export const ITERATING_OPERATORS: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
]);
