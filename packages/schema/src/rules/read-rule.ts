import { FORMAT_OPERATORS, ITERATING_OPERATORS } from './format-operators.js';

/** A data path that a rule reads, and where in the rule it is named. */
export interface RuleVar {
  path: string;
  /** JSON pointer segments relative to the rule. */
  pointer: (string | number)[];
}

export interface RuleProblem {
  code: 'unknown-operator' | 'malformed-rule' | 'dynamic-var';
  detail: string;
  pointer: (string | number)[];
}

export interface RuleReading {
  vars: RuleVar[];
  problems: RuleProblem[];
}

/**
 * Reads a rule statically: the data paths it names and the operators it uses. Inside
 * `map`/`filter`/`reduce`/`all`/`none`/`some`, the second argument sees one item, not the data,
 * so its `var`s are not data paths and are not reported.
 */
export function readRule(rule: unknown): RuleReading {
  const reading: RuleReading = { vars: [], problems: [] };
  visit(rule, [], true, reading);
  return reading;
}

function visit(
  node: unknown,
  pointer: (string | number)[],
  dataScope: boolean,
  out: RuleReading,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(item, [...pointer, i], dataScope, out));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    out.problems.push({
      code: 'malformed-rule',
      detail: `an operation must have exactly one operator, found ${keys.length}`,
      pointer,
    });
    return;
  }
  const operator = keys[0]!;
  const args: unknown = (node as Record<string, unknown>)[operator];
  const here = [...pointer, operator];
  if (!FORMAT_OPERATORS.has(operator)) {
    out.problems.push({ code: 'unknown-operator', detail: operator, pointer: here });
    return;
  }
  if (operator === 'var') {
    readVar(args, here, dataScope, out);
    return;
  }
  if ((operator === 'missing' || operator === 'missing_some') && dataScope) {
    readMissing(operator, args, here, out);
  }
  if (ITERATING_OPERATORS.has(operator) && Array.isArray(args)) {
    args.forEach((arg, i) => visit(arg, [...here, i], i === 0 ? dataScope : false, out));
    return;
  }
  visit(args, here, dataScope, out);
}

function readVar(
  args: unknown,
  pointer: (string | number)[],
  dataScope: boolean,
  out: RuleReading,
): void {
  const name = Array.isArray(args) ? args[0] : args;
  if (Array.isArray(args) && args.length > 1) visit(args[1], [...pointer, 1], dataScope, out);
  if (typeof name === 'string' || typeof name === 'number') {
    if (dataScope) out.vars.push({ path: String(name), pointer });
    return;
  }
  if (name === null || name === undefined) return; // `{"var": null}`: the whole data
  // A computed path cannot be checked against the definition's fields.
  if (dataScope) out.problems.push({ code: 'dynamic-var', detail: 'var', pointer });
  visit(
    name,
    [...pointer, Array.isArray(args) ? 0 : ''].filter((s) => s !== ''),
    dataScope,
    out,
  );
}

function readMissing(
  operator: string,
  args: unknown,
  pointer: (string | number)[],
  out: RuleReading,
): void {
  const names = operator === 'missing_some' && Array.isArray(args) ? args[1] : args;
  const list = Array.isArray(names) ? names : [names];
  list.forEach((name, i) => {
    if (typeof name === 'string') out.vars.push({ path: name, pointer: [...pointer, i] });
  });
}
