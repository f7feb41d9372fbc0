import type { Element, ProcedureDefinition } from '../generated/definition.js';
import { NON_VALUE_TYPES, isObject, walkElements, type ElementVisit } from '../walk.js';

/** Every value-holding element by its data path (`children.*.name`), for resolving rule vars. */
export interface FieldIndex {
  byPath: Map<string, ElementVisit>;
  documentKeys: Set<string>;
}

/** Kinds whose value has inner structure that rules may reach into (`address.province`). */
const STRUCTURED_TYPES = new Set(['address', 'file', 'checkboxes']);

export function buildFieldIndex(definition: ProcedureDefinition): FieldIndex {
  const byPath = new Map<string, ElementVisit>();
  walkElements(definition, (visit) => {
    if (!NON_VALUE_TYPES.has(visit.element.type)) byPath.set(visit.dataPath.join('.'), visit);
  });
  const documentKeys = new Set<string>();
  if (Array.isArray(definition.documents)) {
    for (const doc of definition.documents) {
      if (isObject(doc) && typeof doc.key === 'string') documentKeys.add(doc.key);
    }
  }
  return { byPath, documentKeys };
}

/**
 * Resolves a rule's `var` path to the element it reads, or `undefined` when it names nothing.
 * `scope` is the data path of the enclosing repeater item (for `$item.<key>`), if any.
 * Numeric segments are repeater indexes; the built-in `$delivery` and `$documents.<key>` resolve
 * to `'builtin'`.
 */
export function resolveVar(
  index: FieldIndex,
  path: string,
  scope: readonly string[] | undefined,
): ElementVisit | 'builtin' | 'whole-data' | undefined {
  if (path === '') return 'whole-data';
  let segments = path.split('.');
  if (segments[0] === '$index') return scope && segments.length === 1 ? 'builtin' : undefined;
  if (segments[0] === '$item') {
    if (!scope) return undefined;
    if (segments.length === 1) return 'builtin';
    segments = [...scope, ...segments.slice(1)];
  }
  if (segments[0] === '$delivery') return segments.length === 1 ? 'builtin' : undefined;
  if (segments[0] === '$documents') {
    if (segments.length === 1) return 'builtin';
    return index.documentKeys.has(segments[1]!) ? 'builtin' : undefined;
  }
  const normalised = segments.map((s) => (/^[0-9]+$/.test(s) ? '*' : s));
  for (let end = normalised.length; end > 0; end--) {
    const found = index.byPath.get(normalised.slice(0, end).join('.'));
    if (!found) continue;
    if (end === normalised.length) return found;
    const rest = normalised.slice(end);
    if (found.element.type === 'repeater' && rest.length === 1 && rest[0] === 'length')
      return found;
    return STRUCTURED_TYPES.has(found.element.type) ? found : undefined;
  }
  return undefined;
}

/** Rules an element carries, with the pointer segments of each (relative to the element). */
export function rulesOf(element: Element): { rule: unknown; at: (string | number)[] }[] {
  const rules: { rule: unknown; at: (string | number)[] }[] = [];
  const e = element as unknown as Record<string, unknown>;
  for (const name of ['visibleWhen', 'requiredWhen', 'enabledWhen', 'rule']) {
    if (name in e) rules.push({ rule: e[name], at: [name] });
  }
  if (Array.isArray(e['checks'])) {
    e['checks'].forEach((check: unknown, i) => {
      if (isObject(check) && 'rule' in check)
        rules.push({ rule: check['rule'], at: ['checks', i, 'rule'] });
    });
  }
  if (Array.isArray(e['options'])) {
    e['options'].forEach((option: unknown, i) => {
      if (isObject(option) && 'visibleWhen' in option) {
        rules.push({ rule: option['visibleWhen'], at: ['options', i, 'visibleWhen'] });
      }
    });
  }
  return rules;
}
