import type { LocalizedMessage } from '@hoso/schema';
import type { CompiledProcedure } from '../compile/compile-procedure.js';
import type { FieldNode } from '../compile/field-tree.js';
import { isJsonObject, setMember } from '../overlay/json-pointer.js';
import { ANSWER_TYPES, jsonTypeOf } from './json-types.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

export interface DroppedAnswer {
  path: string;
  code: 'removed' | 'retyped';
  label?: LocalizedMessage;
}

/**
 * Keeps the answers that have a place in the new version: drops answers to fields it no longer
 * has and answers whose JSON type the field no longer takes (a text that became a checkbox).
 * Only the new version is needed; the old one, when given, names removed fields by their label.
 * Whether kept answers still pass is the validation pipeline's business.
 */
export function pruneDraft(
  draft: Json,
  newProcedure: CompiledProcedure,
  oldProcedure?: CompiledProcedure,
): { data: Json; dropped: DroppedAnswer[] } {
  const dropped: DroppedAnswer[] = [];
  const newRoots = newProcedure.tree.flat();
  const oldRoots = oldProcedure?.tree.flat() ?? [];
  const drop = (path: Path, code: DroppedAnswer['code']): void => {
    // A removed field's label only the old version knows; a retyped one's the new version too.
    const label =
      labelAt(oldRoots, path) ?? (code === 'retyped' ? labelAt(newRoots, path) : undefined);
    dropped.push({ path: path.join('.'), code, ...(label ? { label } : {}) });
  };
  const data: Json = {};
  for (const [key, value] of Object.entries(draft)) {
    if (key === '$documents') {
      const kept = keepDocuments(value, newProcedure, drop);
      if (kept) data[key] = kept;
    } else if (key === '$delivery') {
      // A delivery method the new version no longer offers must be chosen again.
      if (newProcedure.definition.delivery?.includes(value as never)) data[key] = value;
      else dropped.push({ path: key, code: 'removed' });
    } else {
      keepAnswer(data, key, value, newRoots, [key], drop);
    }
  }
  return { data, dropped };
}

function keepAnswer(
  into: Json,
  key: string,
  value: unknown,
  nodes: readonly FieldNode[],
  path: Path,
  drop: (path: Path, code: DroppedAnswer['code']) => void,
): void {
  const node = nodes.find((n) => n.holdsValue && n.key === key);
  if (!node) return drop(path, 'removed');
  const expected = ANSWER_TYPES[node.type];
  if (expected !== undefined && jsonTypeOf(value) !== expected) return drop(path, 'retyped');
  if (node.type === 'group' && isJsonObject(value)) {
    const group: Json = {};
    for (const [child, answer] of Object.entries(value)) {
      keepAnswer(group, child, answer, node.children, [...path, child], drop);
    }
    return setMember(into, key, group);
  }
  if (node.type === 'repeater' && Array.isArray(value)) {
    const items = value.map((item: unknown, i) => {
      if (!isJsonObject(item)) return item;
      const kept: Json = {};
      for (const [child, answer] of Object.entries(item)) {
        keepAnswer(kept, child, answer, node.children, [...path, i, child], drop);
      }
      return kept;
    });
    return setMember(into, key, items);
  }
  setMember(into, key, value);
}

function keepDocuments(
  value: unknown,
  procedure: CompiledProcedure,
  drop: (path: Path, code: DroppedAnswer['code']) => void,
): Json | undefined {
  if (!isJsonObject(value)) return undefined;
  const kept: Json = {};
  for (const [key, files] of Object.entries(value)) {
    if (procedure.documentNodes.has(key)) setMember(kept, key, files);
    else drop(['$documents', key], 'removed');
  }
  return kept;
}

/** The label of the field at a data path (array indices skipped), for messages. */
export function labelAt(roots: readonly FieldNode[], path: Path): LocalizedMessage | undefined {
  let nodes = roots;
  let found: FieldNode | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    found = nodes.find((n) => n.key === segment);
    if (!found) return undefined;
    nodes = found.children;
  }
  const label = (found?.element as { label?: { vi: string; en?: string } } | undefined)?.label;
  return label ? { vi: label.vi, en: label.en ?? label.vi } : undefined;
}
