import { isObject } from '@hoso/schema';

/** Every key used anywhere in the definition (elements, steps, documents, fees, stages, roles). */
export function usedKeys(definition: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      if (typeof node.key === 'string') keys.add(node.key);
      for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
    }
  };
  visit(definition);
  return keys;
}

/** A fresh key from a base (`citizen-id` → `citizenId1`), unused in the definition. */
export function freshKey(definition: unknown, base: string, taken = usedKeys(definition)): string {
  const stem =
    base
      .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))
      .replace(/^[^A-Za-z]+/, '') || 'field';
  for (let n = 1; ; n++) {
    const key = `${stem}${n}`;
    if (!taken.has(key)) return key;
  }
}

/** Gives an element and everything inside it fresh keys (for duplicates). */
export function rekey(element: unknown, definition: unknown): unknown {
  const taken = usedKeys(definition);
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node)) {
      copy[name] = name === 'elements' ? visit(value) : value;
    }
    if (typeof node.key === 'string' && typeof node.type === 'string') {
      const key = freshKey(definition, node.key.replace(/\d+$/, ''), taken);
      taken.add(key);
      copy.key = key;
    }
    return copy;
  };
  return visit(element);
}
