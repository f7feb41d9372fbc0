import {
  arrayIndex,
  childOf,
  isJsonObject,
  JsonPointerError,
  parsePointer,
  setMember,
} from './json-pointer.js';
import { jsonEqual } from './json-equal.js';

export type JsonPatchErrorCode =
  'invalid-operation' | 'invalid-pointer' | 'path-not-found' | 'test-failed' | 'move-into-itself';

/** A JSON Patch that cannot be applied; `index` is the failing operation's position. */
export class JsonPatchError extends Error {
  constructor(
    readonly index: number,
    readonly code: JsonPatchErrorCode,
    message: string,
  ) {
    super(`operation ${index}: ${message}`);
    this.name = 'JsonPatchError';
  }
}

/**
 * Applies an RFC 6902 JSON Patch and returns the new document; the input is never changed.
 * A patch applies entirely or not at all: the first failing operation throws a JsonPatchError.
 */
export function applyJsonPatch(document: unknown, patch: unknown): unknown {
  return applyJsonPatchInPlace(structuredClone(document), patch);
}

/**
 * Applies a JSON Patch to the document itself and returns the result (a new value only when an
 * operation replaces the whole document). A failing operation leaves the earlier ones applied:
 * callers that need all-or-nothing try it on a copy first, or use `applyJsonPatch`.
 */
export function applyJsonPatchInPlace(document: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) {
    throw new JsonPatchError(-1, 'invalid-operation', 'a JSON Patch is an array of operations');
  }
  let root = document;
  patch.forEach((operation: unknown, index) => {
    try {
      root = applyOperation(root, operation, index);
    } catch (error) {
      if (error instanceof JsonPointerError) {
        throw new JsonPatchError(index, 'invalid-pointer', error.message);
      }
      throw error;
    }
  });
  return root;
}

function applyOperation(root: unknown, operation: unknown, index: number): unknown {
  const fail = (code: JsonPatchErrorCode, message: string): never => {
    throw new JsonPatchError(index, code, message);
  };
  if (!isJsonObject(operation)) return fail('invalid-operation', 'an operation is an object');
  const { op, path } = operation;
  if (typeof path !== 'string') return fail('invalid-operation', '"path" must be a string');
  const needsValue = op === 'add' || op === 'replace' || op === 'test';
  if (needsValue && !Object.hasOwn(operation, 'value')) {
    return fail('invalid-operation', `"${String(op)}" needs a "value"`);
  }
  const from = operation['from'];
  if ((op === 'move' || op === 'copy') && typeof from !== 'string') {
    return fail('invalid-operation', `"${String(op)}" needs a "from" pointer`);
  }
  const tokens = parsePointer(path);
  switch (op) {
    case 'add':
      return add(root, tokens, structuredClone(operation['value']), fail);
    case 'remove':
      return remove(root, tokens, fail).root;
    case 'replace':
      get(root, tokens, fail);
      return add(
        remove(root, tokens, fail).root,
        tokens,
        structuredClone(operation['value']),
        fail,
      );
    case 'move': {
      const source = parsePointer(from as string);
      if (path === from) {
        get(root, source, fail);
        return root;
      }
      if (path.startsWith(`${String(from)}/`)) {
        return fail('move-into-itself', `cannot move "${String(from)}" into its own child`);
      }
      const removed = remove(root, source, fail);
      return add(removed.root, tokens, removed.value, fail);
    }
    case 'copy':
      return add(
        root,
        tokens,
        structuredClone(get(root, parsePointer(from as string), fail)),
        fail,
      );
    case 'test':
      if (!jsonEqual(get(root, tokens, fail), operation['value'])) {
        fail('test-failed', `the value at "${path}" is not the expected one`);
      }
      return root;
    default:
      return fail('invalid-operation', `unknown operation "${String(op)}"`);
  }
}

type Fail = (code: JsonPatchErrorCode, message: string) => never;

function get(root: unknown, tokens: readonly string[], fail: Fail): unknown {
  let current = root;
  for (const [i, token] of tokens.entries()) {
    const child = childOf(current, token);
    if (!child.found) fail('path-not-found', `nothing at "/${tokens.slice(0, i + 1).join('/')}"`);
    current = child.value;
  }
  return current;
}

function add(root: unknown, tokens: readonly string[], value: unknown, fail: Fail): unknown {
  if (tokens.length === 0) return value;
  const parent = get(root, tokens.slice(0, -1), fail);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : arrayIndex(last);
    if (index === undefined || index > parent.length) {
      fail('path-not-found', `"${last}" is not a position in the array (0–${parent.length} or -)`);
    }
    parent.splice(index!, 0, value);
  } else if (isJsonObject(parent)) {
    setMember(parent, last, value);
  } else {
    fail('path-not-found', `the parent of "${last}" is not an object or array`);
  }
  return root;
}

function remove(
  root: unknown,
  tokens: readonly string[],
  fail: Fail,
): { root: unknown; value: unknown } {
  const value = get(root, tokens, fail);
  if (tokens.length === 0) return { root: undefined, value };
  const parent = get(root, tokens.slice(0, -1), fail);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(last)!, 1);
  else delete (parent as Record<string, unknown>)[last];
  return { root, value };
}
