import { isJsonObject, setMember } from './json-pointer.js';

/**
 * Members holding a JSON Logic rule: a rule is one expression, so it is replaced whole. Merging
 * `{"if": …}` into `{"*": …}` would make an object with two operators — not a rule at all.
 */
const RULE_MEMBERS: ReadonlySet<string> = new Set([
  'rule',
  'visibleWhen',
  'requiredWhen',
  'enabledWhen',
]);

/**
 * Applies an RFC 7396 JSON Merge Patch in place: objects merge member by member, `null` deletes a
 * member, anything else (arrays too) replaces — and so do rules (RULE_MEMBERS). `written` is
 * called with the path of every value the patch wrote, for provenance.
 */
export function mergeInto(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
  written: (path: string[]) => void,
  at: string[] = [],
): void {
  for (const [name, value] of Object.entries(patch)) {
    const path = [...at, name];
    const current = Object.hasOwn(target, name) ? target[name] : undefined;
    if (value === null) {
      delete target[name];
    } else if (isJsonObject(value) && isJsonObject(current) && !RULE_MEMBERS.has(name)) {
      mergeInto(current, value, written, path);
    } else {
      const rule = RULE_MEMBERS.has(name);
      setMember(
        target,
        name,
        isJsonObject(value) && !rule ? withoutNulls(value) : structuredClone(value),
      );
      written(path);
    }
  }
}

/** A merge patch applied to nothing: the value, minus its null members, at every depth. */
function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    if (member === null) continue;
    const keep = !isJsonObject(member) || RULE_MEMBERS.has(name);
    setMember(result, name, keep ? structuredClone(member) : withoutNulls(member));
  }
  return result;
}
