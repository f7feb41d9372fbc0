import { computedCycleProblems } from './checks/computed-cycles.js';
import { constraintProblems } from './checks/constraints.js';
import { duplicateKeyProblems } from './checks/duplicate-keys.js';
import { flowProblems } from './checks/flow.js';
import { ruleReferenceProblems } from './checks/rule-references.js';
import { schemaProblems } from './checks/schema-problems.js';
import type { ProcedureDefinition } from './generated/definition.js';
import type { Problem } from './problem.js';
import { isObject } from './walk.js';

export interface CheckResult {
  /** True when there are no problems: the definition can be compiled. */
  valid: boolean;
  problems: Problem[];
}

/**
 * Checks a definition and returns every problem at once: first the meta-schema's, then those of
 * meaning (duplicate keys, rules naming unknown fields, computed cycles, unreachable steps and
 * stages, flows with no end, unsafe patterns). The meaning checks run even when the shape is
 * wrong, on whatever parts are readable, so that one pass shows the analyst everything.
 */
export function checkDefinition(json: unknown): CheckResult {
  const problems = schemaProblems(json);
  if (isObject(json)) {
    const definition = json as unknown as ProcedureDefinition;
    problems.push(
      ...duplicateKeyProblems(definition),
      ...ruleReferenceProblems(definition),
      ...computedCycleProblems(definition),
      ...constraintProblems(definition),
      ...flowProblems(definition),
    );
  }
  return { valid: problems.length === 0, problems };
}
