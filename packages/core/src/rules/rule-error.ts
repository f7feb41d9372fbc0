/** Why an evaluation failed. Limit and definition errors cannot be caught by `try`. */
export type RuleErrorCode =
  | 'unknown-operator'
  | 'invalid-rule'
  | 'invalid-arguments'
  | 'not-a-number'
  | 'thrown'
  | 'too-deep'
  | 'too-many-steps'
  | 'too-large';

/** Codes a rule may recover from with `try`; the rest mean a broken definition or a runaway rule. */
const CATCHABLE: ReadonlySet<RuleErrorCode> = new Set([
  'invalid-arguments',
  'not-a-number',
  'thrown',
]);

/** The JSON Logic error value (`{type}`) for the codes that have a conventional one. */
const ERROR_TYPES: Readonly<Record<RuleErrorCode, string>> = {
  'unknown-operator': 'Unknown Operator',
  'invalid-rule': 'Invalid Rule',
  'invalid-arguments': 'Invalid Arguments',
  'not-a-number': 'NaN',
  thrown: 'Thrown',
  'too-deep': 'Too Deep',
  'too-many-steps': 'Too Many Steps',
  'too-large': 'Too Large',
};

/** Rule nodes where errors arose, kept aside so the public error carries only a pointer. */
const errorNodes = new WeakMap<RuleError, unknown>();

export class RuleError extends Error {
  readonly code: RuleErrorCode;
  /** JSON pointer into the rule to the operation that failed ('' is the whole rule). */
  path: string;
  /** The JSON Logic error value: `{type: 'NaN'}`, or whatever `throw` threw. Seen by `try`. */
  readonly value: unknown;

  constructor(code: RuleErrorCode, message: string, node?: unknown, value?: unknown) {
    super(message);
    this.name = 'RuleError';
    this.code = code;
    this.path = '';
    this.value = value === undefined ? { type: ERROR_TYPES[code] } : value;
    if (node !== undefined) errorNodes.set(this, node);
  }

  get catchable(): boolean {
    return CATCHABLE.has(this.code);
  }
}

/** The rule node an error was raised at, if any (used to compute `path`). */
export function nodeOfError(error: RuleError): unknown {
  return errorNodes.get(error);
}
