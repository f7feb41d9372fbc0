/**
 * Immutable edits at JSON pointers. Every command works through these helpers, so an edit copies
 * only the objects along its path (structural sharing): views compare by identity to know what
 * changed, and an undo can restore the exact earlier value.
 */

export type Segment = string | number;
export type JsonObject = Record<string, unknown>;

/** Parses an RFC 6901 JSON pointer into segments (array indexes stay strings). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly Segment[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isContainer(value: unknown): value is JsonObject | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** The value at a pointer, or undefined when any part of the path is missing. */
export function getAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (!isContainer(node)) return undefined;
    if (Array.isArray(node)) node = node[Number(segment)];
    else node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
  }
  return node;
}

export function hasAt(root: unknown, pointer: string): boolean {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return true;
  const parent = getAt(root, toPointer(segments.slice(0, -1)));
  const last = segments[segments.length - 1]!;
  if (Array.isArray(parent)) return Number(last) < parent.length;
  return isContainer(parent) && Object.prototype.hasOwnProperty.call(parent, last);
}

/**
 * Returns a copy of `root` where `update` replaced the value at the pointer. Missing objects
 * along the way are created; `update` returning undefined removes an object member.
 */
export function updateAt(
  root: unknown,
  pointer: string,
  update: (current: unknown) => unknown,
): unknown {
  return updateSegments(root, parsePointer(pointer), update);
}

function updateSegments(
  node: unknown,
  segments: readonly string[],
  update: (current: unknown) => unknown,
): unknown {
  if (segments.length === 0) return update(node);
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node)) {
    const index = Number(head);
    const copy = node.slice();
    copy[index] = updateSegments(node[index], rest, update);
    return copy;
  }
  const object: JsonObject = isContainer(node) ? { ...(node as JsonObject) } : {};
  const next = updateSegments(object[head], rest, update);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}

/** Sets (or, with undefined, removes) the value at a pointer. */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  return updateAt(root, pointer, () => value);
}

/** Inserts an item into the array at `arrayPointer` (created when missing). */
export function insertAt(
  root: unknown,
  arrayPointer: string,
  index: number,
  item: unknown,
): unknown {
  return updateAt(root, arrayPointer, (list) => {
    const copy = Array.isArray(list) ? list.slice() : [];
    copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
    return copy;
  });
}

/** Removes the item at `index` of the array at `arrayPointer`. */
export function removeAt(root: unknown, arrayPointer: string, index: number): unknown {
  return updateAt(root, arrayPointer, (list) => {
    const copy = Array.isArray(list) ? list.slice() : [];
    copy.splice(index, 1);
    return copy;
  });
}

/** Splits an item pointer (`/steps/0/elements/3`) into its array pointer and index. */
export function splitItemPointer(pointer: string): { list: string; index: number } {
  const segments = parsePointer(pointer);
  const index = Number(segments[segments.length - 1]);
  if (segments.length === 0 || !Number.isInteger(index)) {
    throw new Error(`Not an array item pointer: ${pointer}`);
  }
  return { list: toPointer(segments.slice(0, -1)), index };
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as JsonObject)[k], (b as JsonObject)[k]))
  );
}
