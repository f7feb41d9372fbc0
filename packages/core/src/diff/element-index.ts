import { walkElements, type Element, type ProcedureDefinition } from '@hoso/schema/model';

export interface IndexedElement {
  element: Element;
  stepKey: string;
  pointer: (string | number)[];
}

/** Every element by its data path (`applicant.fullName`, `children.*.name`): keys, not positions. */
export function indexElements(definition: ProcedureDefinition): Map<string, IndexedElement> {
  const index = new Map<string, IndexedElement>();
  walkElements(definition, ({ element, step, pointer, dataPath }) => {
    index.set(dataPath.join('.'), { element, stepKey: step.key, pointer });
  });
  return index;
}

/** The data paths of an element's enclosing groups and repeaters, outermost first. */
export function ancestorPaths(path: string): string[] {
  const segments = path.split('.');
  const paths: string[] = [];
  for (let i = 1; i < segments.length; i++) {
    if (segments[i - 1] !== '*') paths.push(segments.slice(0, i).join('.'));
  }
  return paths;
}

/** Whether an answer is needed somewhere in the element: required, required-when, minimum items. */
export function requiresAnswer(element: Element): boolean {
  const e = element as unknown as Record<string, unknown>;
  if (e['required'] === true || e['requiredWhen'] !== undefined) return true;
  if (typeof e['minItems'] === 'number' && e['minItems'] > 0) return true;
  const children = e['elements'];
  return Array.isArray(children) && children.some((c: Element) => requiresAnswer(c));
}
