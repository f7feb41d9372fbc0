import type { FieldNode } from '../compile/field-tree.js';
import { toNfc } from './nfc.js';

/** Characters people type inside identifiers and phone numbers that carry no meaning. */
const IDENTIFIER_SEPARATORS: Record<string, RegExp> = {
  phone: /[\s.()-]/g,
  'citizen-id': /[\s.]/g,
  'tax-code': /[\s.]/g,
};

/**
 * Copies the submission into fresh plain objects, normalising as it goes: every string to
 * Unicode NFC (a Vietnamese letter typed on macOS arrives decomposed), answers trimmed,
 * separators removed from identifiers, and empty answers (`""`, `null`) removed. Keys such as
 * `__proto__` stay inert own properties, so unknown-field checks can report them.
 */
export function normaliseSubmission(data: unknown, roots: readonly FieldNode[]): unknown {
  return normaliseObject(data, roots);
}

function normaliseObject(value: unknown, nodes: readonly FieldNode[] | undefined): unknown {
  if (!isPlainObject(value)) return normaliseAny(value);
  const byKey = nodes ? nodesByKey(nodes) : EMPTY;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const node = byKey.get(key);
    const cleaned = node ? normaliseField(value[key], node) : normaliseAny(value[key]);
    if (cleaned === undefined) continue;
    // Assignment to `__proto__` would set the prototype; define it as plain data instead.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, {
        value: cleaned,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      copy[key] = cleaned;
    }
  }
  return copy;
}

const EMPTY = new Map<string, FieldNode>();
const byKeyCache = new WeakMap<readonly FieldNode[], Map<string, FieldNode>>();

function nodesByKey(nodes: readonly FieldNode[]): Map<string, FieldNode> {
  let map = byKeyCache.get(nodes);
  if (!map) {
    map = new Map(nodes.map((n) => [n.key, n]));
    byKeyCache.set(nodes, map);
  }
  return map;
}

function normaliseField(value: unknown, node: FieldNode): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    let text = toNfc(value).trim();
    const separators = IDENTIFIER_SEPARATORS[node.type];
    if (separators) text = text.replace(separators, '');
    return text === '' ? undefined : text;
  }
  if (node.type === 'group') return normaliseObject(value, node.children);
  if (node.type === 'repeater' && Array.isArray(value)) {
    return value.map((item) => normaliseObject(item, node.children) ?? null);
  }
  if (node.type === 'address' && isPlainObject(value)) return normaliseObject(value, undefined);
  return normaliseAny(value);
}

function normaliseAny(value: unknown): unknown {
  if (typeof value === 'string') {
    const text = toNfc(value).trim();
    return text === '' ? undefined : text;
  }
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => normaliseNested(item));
  if (isPlainObject(value)) return normaliseObject(value, undefined);
  return value;
}

/** Inside arrays, positions matter: an empty item stays (as null) rather than shifting indexes. */
function normaliseNested(value: unknown): unknown {
  const cleaned = normaliseAny(value);
  return cleaned === undefined ? null : cleaned;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
