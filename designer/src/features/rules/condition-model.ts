/**
 * The condition builder's model and its exact round trip to JSON Logic. A rule the builder can
 * show is one of:
 *
 *   clause                        {"==": [{"var": "f"}, v]}   (also != > >= < <=)
 *                                 {"in": [{"var": "f"}, [v1, v2]]}
 *                                 {"!": {"var": "f"}}  (is empty)   {"!!": {"var": "f"}}
 *   all / any of clauses          {"and": [clause, …]}   {"or": [clause, …]}
 *
 * `toLogic(fromLogic(rule))` is `rule` for every rule `fromLogic` accepts; anything else returns
 * undefined and the designer shows the rule as raw JSON instead, never rewriting it.
 */

export type Operator = '==' | '!=' | 'in' | 'empty' | 'notEmpty' | '>' | '>=' | '<' | '<=';

export const OPERATORS: readonly Operator[] = [
  '==',
  '!=',
  'in',
  'empty',
  'notEmpty',
  '>',
  '>=',
  '<',
  '<=',
];

export type Scalar = string | number | boolean | null;

export interface Clause {
  field: string;
  op: Operator;
  /** A scalar for comparisons, a list for `in`, absent for empty / not empty. */
  value?: Scalar | Scalar[];
}

export interface Condition {
  combinator: 'all' | 'any';
  clauses: Clause[];
}

const COMPARISONS = new Set(['==', '!=', '>', '>=', '<', '<=']);

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function readVar(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1 || keys[0] !== 'var') return undefined;
  const path = (node as { var: unknown }).var;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

function single(node: unknown): [string, unknown] | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const entries = Object.entries(node);
  return entries.length === 1 ? entries[0] : undefined;
}

export function clauseFromLogic(rule: unknown): Clause | undefined {
  const entry = single(rule);
  if (!entry) return undefined;
  const [op, args] = entry;
  if (op === '!' || op === '!!') {
    const field = readVar(args);
    return field ? { field, op: op === '!' ? 'empty' : 'notEmpty' } : undefined;
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const field = readVar(args[0]);
  if (!field) return undefined;
  if (op === 'in') {
    const list = args[1];
    return Array.isArray(list) && list.every(isScalar)
      ? { field, op: 'in', value: [...list] }
      : undefined;
  }
  if (COMPARISONS.has(op) && isScalar(args[1])) {
    return { field, op: op as Operator, value: args[1] };
  }
  return undefined;
}

export function clauseToLogic(clause: Clause): unknown {
  const variable = { var: clause.field };
  switch (clause.op) {
    case 'empty':
      return { '!': variable };
    case 'notEmpty':
      return { '!!': variable };
    case 'in':
      return { in: [variable, Array.isArray(clause.value) ? clause.value : []] };
    default:
      return {
        [clause.op]: [variable, Array.isArray(clause.value) ? null : (clause.value ?? null)],
      };
  }
}

/** Reads a rule into the builder's model; undefined when the builder cannot show it exactly. */
export function fromLogic(rule: unknown): Condition | undefined {
  const entry = single(rule);
  if (entry && (entry[0] === 'and' || entry[0] === 'or') && Array.isArray(entry[1])) {
    if (entry[1].length < 2) return undefined;
    const clauses = entry[1].map(clauseFromLogic);
    if (clauses.some((c) => c === undefined)) return undefined;
    return { combinator: entry[0] === 'and' ? 'all' : 'any', clauses: clauses as Clause[] };
  }
  const clause = clauseFromLogic(rule);
  return clause ? { combinator: 'all', clauses: [clause] } : undefined;
}

/** Writes the model as JSON Logic; undefined when there is no clause (no condition). */
export function toLogic(condition: Condition): unknown {
  if (condition.clauses.length === 0) return undefined;
  if (condition.clauses.length === 1) return clauseToLogic(condition.clauses[0]!);
  return { [condition.combinator === 'all' ? 'and' : 'or']: condition.clauses.map(clauseToLogic) };
}
