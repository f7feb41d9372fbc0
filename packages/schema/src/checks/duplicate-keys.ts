import type { ProcedureDefinition } from '../generated/definition.js';
import type { Problem } from '../problem.js';
import { isObject, walkElements } from '../walk.js';
import { problem, type Segments } from './problem-builder.js';

/**
 * Keys must be unique where they name something: elements within one data scope (the root,
 * a group, a repeater item), steps, fees, documents, flow roles and stages, the options and
 * checks of one element. Overlays and rules address things by these keys.
 */
export function duplicateKeyProblems(definition: ProcedureDefinition): Problem[] {
  const problems: Problem[] = [];
  const scopes = new Map<string, Map<string, Segments>>();
  walkElements(definition, ({ element, pointer, dataPath }) => {
    const scope = dataPath.slice(0, -1).join('.');
    const seen = scopes.get(scope) ?? new Map<string, Segments>();
    scopes.set(scope, seen);
    if (typeof element.key === 'string') report(problems, seen, element.key, [...pointer, 'key']);
    const e = element as unknown as Record<string, unknown>;
    uniqueIn(problems, e['options'], 'value', [...pointer, 'options']);
    uniqueIn(problems, e['checks'], 'key', [...pointer, 'checks']);
  });
  uniqueIn(problems, definition.steps, 'key', ['steps']);
  uniqueIn(problems, definition.fees, 'key', ['fees']);
  uniqueIn(problems, definition.documents, 'key', ['documents']);
  if (isObject(definition.flow)) {
    uniqueIn(problems, definition.flow.roles, 'key', ['flow', 'roles']);
    uniqueIn(problems, definition.flow.stages, 'key', ['flow', 'stages']);
  }
  return problems;
}

function uniqueIn(problems: Problem[], list: unknown, property: string, at: Segments): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, Segments>();
  list.forEach((item: unknown, i) => {
    if (isObject(item) && typeof item[property] === 'string') {
      report(problems, seen, item[property], [...at, i, property]);
    }
  });
}

function report(problems: Problem[], seen: Map<string, Segments>, key: string, at: Segments): void {
  const first = seen.get(key);
  if (!first) {
    seen.set(key, at);
    return;
  }
  const firstPointer = first.map((s) => `/${s}`).join('');
  problems.push(
    problem(
      at,
      'duplicate-key',
      `Khóa "${key}" bị trùng: đã dùng tại ${firstPointer}.`,
      `The key "${key}" is already used at ${firstPointer}.`,
    ),
  );
}
