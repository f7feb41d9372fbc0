/**
 * JSON text of a value whose objects list their keys in one fixed order whatever order they
 * were written in (a database may store them reordered): two copies of one definition give the
 * same text. The order is JavaScript's own for an object built in sorted order: integer-like
 * keys first, ascending, then the others sorted. Properties whose value is `undefined` are left
 * out, as `JSON.stringify` does.
 *
 * It is `JSON.stringify` with a replacer that reorders only the objects not already in order,
 * so a large definition (most of whose objects are small) costs little more than stringifying.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, inKeyOrder) ?? 'undefined';
}

function inKeyOrder(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (inOrder(keys)) return value;
  const ordered: Record<string, unknown> = {};
  for (const key of keys.sort()) {
    const item = (value as Record<string, unknown>)[key];
    // Assigning `__proto__` would set the prototype; defining it keeps it an ordinary key.
    if (key === '__proto__')
      Object.defineProperty(ordered, key, { value: item, enumerable: true, writable: true });
    else ordered[key] = item;
  }
  return ordered;
}

/** Whether the keys are already sorted (most objects of a definition are). */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
