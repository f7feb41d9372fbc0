/** The value at a dotted data path (`address.residence`), or undefined. */
export function getAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Same as `getAt` (the name other modules of this package use). */
export const getAtPath = getAt;
