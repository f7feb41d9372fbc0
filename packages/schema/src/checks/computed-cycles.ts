import type { ProcedureDefinition } from '../generated/definition.js';
import type { Problem } from '../problem.js';
import { readRule } from '../rules/read-rule.js';
import { walkElements, type ElementVisit } from '../walk.js';
import { buildFieldIndex, resolveVar } from './field-index.js';
import { problem } from './problem-builder.js';

/**
 * Computed values may read other computed values, but never in a circle: the pipeline
 * computes them in dependency order, and a circle has no first value.
 */
export function computedCycleProblems(definition: ProcedureDefinition): Problem[] {
  const index = buildFieldIndex(definition);
  // Keyed by data path: the index and this walk make different visit objects for one element.
  const nodes = new Map<string, ElementVisit>();
  const dependsOn = new Map<string, string[]>();
  walkElements(definition, (visit) => {
    if (visit.element.type !== 'computed') return;
    const scope =
      visit.repeaters.length > 0
        ? visit.dataPath.slice(0, visit.dataPath.lastIndexOf('*') + 1)
        : undefined;
    const targets = readRule(visit.element.rule)
      .vars.map((v) => resolveVar(index, v.path, scope))
      .filter((t): t is ElementVisit => typeof t === 'object' && t.element.type === 'computed')
      .map((t) => t.dataPath.join('.'));
    const id = visit.dataPath.join('.');
    nodes.set(id, visit);
    dependsOn.set(id, targets);
  });

  const problems: Problem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const stack: string[] = [];

  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of dependsOn.get(node) ?? []) {
      if (state.get(next) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        if (!cycle.some((c) => reported.has(c))) {
          cycle.forEach((c) => reported.add(c));
          const names = [...cycle, next].join(' → ');
          problems.push(
            problem(
              [...nodes.get(next)!.pointer, 'rule'],
              'computed-cycle',
              `Các giá trị tính toán phụ thuộc vòng tròn: ${names}.`,
              `Computed values depend on each other in a circle: ${names}.`,
            ),
          );
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of dependsOn.keys()) if (!state.has(node)) visit(node);
  return problems;
}
