/**
 * Returns a copy of `values` with the value at a dotted path replaced (numeric segments index
 * arrays); `undefined` removes it. Copies along the path only, so snapshots stay immutable.
 */
export function setAtPath(
  values: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const segments = path.split('.');
  return setIn(values, segments, value) as Record<string, unknown>;
}

function setIn(container: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  const index = /^(0|[1-9][0-9]*)$/.test(head!) ? Number(head) : undefined;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(container)
    ? [...container]
    : typeof container === 'object' && container !== null
      ? { ...container }
      : index !== undefined
        ? []
        : {};
  const key = (Array.isArray(copy) && index !== undefined ? index : head!) as never;
  const current = (copy as Record<string, unknown>)[key];
  const next = rest.length === 0 ? value : setIn(current, rest, value);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
  else
    Object.defineProperty(copy, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}
