/**
 * Reading submitted data by own properties only: inherited names such as `__proto__`,
 * `constructor` or `toString` are ordinary missing keys, and an array exposes only its indices.
 */
export function childOf(container: unknown, key: string | number): unknown {
  if (container === null || typeof container !== 'object') return undefined;
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : arrayIndexOf(key);
    return Number.isInteger(index) && index >= 0 && index < container.length
      ? container[index]
      : undefined;
  }
  const name = typeof key === 'number' ? String(key) : key;
  return Object.hasOwn(container, name) ? (container as Record<string, unknown>)[name] : undefined;
}

export function hasChild(container: unknown, key: string | number): boolean {
  if (container === null || typeof container !== 'object') return false;
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : arrayIndexOf(key);
    return Number.isInteger(index) && index >= 0 && index < container.length;
  }
  return Object.hasOwn(container, typeof key === 'number' ? String(key) : key);
}

/** Canonical decimal index ("0", "12"), else -1: "01", "1e1" and " 1" are not indices. */
function arrayIndexOf(key: string): number {
  const length = key.length;
  if (length === 0 || length > 15) return -1;
  if (length > 1 && key.charCodeAt(0) === 48) return -1;
  let index = 0;
  for (let i = 0; i < length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return index;
}

// Dotted `var` paths repeat on every keystroke; splitting them once keeps evaluation allocation
// free. The cache is bounded so hostile rules cannot grow it without limit.
const splitPaths = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 2048;

function splitDotted(path: string): readonly string[] {
  let segments = splitPaths.get(path);
  if (segments === undefined) {
    segments = path.split('.');
    if (splitPaths.size >= SPLIT_CACHE_LIMIT) splitPaths.clear();
    splitPaths.set(path, segments);
  }
  return segments;
}

/** Follows a `var` path ("a.b.0"); an empty path is the data itself. */
export function valueAtDottedPath(data: unknown, path: string): unknown {
  if (path === '') return data;
  if (path.indexOf('.') === -1) return childOf(data, path);
  const segments = splitDotted(path);
  let value = data;
  for (let i = 0; i < segments.length && value !== undefined; i++) {
    value = childOf(value, segments[i] as string);
  }
  return value;
}
