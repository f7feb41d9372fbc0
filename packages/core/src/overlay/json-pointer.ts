/** An RFC 6901 JSON Pointer that cannot be read. */
export class JsonPointerError extends Error {
  constructor(readonly pointer: string) {
    super(`"${pointer}" is not a JSON pointer`);
    this.name = 'JsonPointerError';
  }
}

/** Splits a JSON pointer into its reference tokens, unescaping `~1` and `~0` (in that order). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~(?![01])/.test(pointer)) throw new JsonPointerError(pointer);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** An array index token: `0` or digits without a leading zero (never `-`, `01` or `1e0`). */
export function arrayIndex(token: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : undefined;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value a token names in a container, own properties only (never the prototype chain). */
export function childOf(container: unknown, token: string): { found: boolean; value?: unknown } {
  if (Array.isArray(container)) {
    const index = arrayIndex(token);
    return index !== undefined && index < container.length
      ? { found: true, value: container[index] }
      : { found: false };
  }
  if (isJsonObject(container) && Object.hasOwn(container, token)) {
    return { found: true, value: container[token] };
  }
  return { found: false };
}

/** Sets a member as a plain data property: `__proto__` stays an ordinary key. */
export function setMember(object: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(object, name, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
