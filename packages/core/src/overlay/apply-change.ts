import {
  ITEM_KEY,
  ITEM_KINDS,
  targetKind,
  type ItemKind,
  type OverlayTarget,
  type ProcedureProperty,
} from '@hoso/schema/model';
import { destination } from './destination.js';
import { applyJsonPatch, applyJsonPatchInPlace, JsonPatchError } from './json-patch.js';
import { isJsonObject, parsePointer } from './json-pointer.js';
import { locate } from './locate.js';
import { mergeInto } from './merge-patch.js';
import {
  jsonPatchFailed,
  keyChange,
  moveRelativeToItself,
  targetNotFound,
  type OverlayProblem,
} from './problems.js';
import type { ProvenanceRecorder } from './provenance.js';

type Json = Record<string, unknown>;

export interface ChangeContext {
  definition: Json;
  provenance: ProvenanceRecorder;
  /** The base's `id@version`, for messages. */
  base: string;
}

/**
 * Applies one change (already checked by checkOverlay) to the definition in place. A change that
 * cannot apply changes nothing and returns the reason.
 */
export function applyChange(
  ctx: ChangeContext,
  change: Json,
  index: number,
): OverlayProblem | undefined {
  switch (change['op']) {
    case 'set':
      return set(ctx, change, index);
    case 'remove':
      return remove(ctx, change, index);
    case 'add':
      return add(ctx, change, index);
    case 'move':
      return move(ctx, change, index);
    case 'json-patch':
      return jsonPatch(ctx, change, index);
    default:
      return undefined;
  }
}

function set(ctx: ChangeContext, change: Json, index: number): OverlayProblem | undefined {
  const target = change['target'] as OverlayTarget;
  const kind = targetKind(target) as ItemKind | 'procedure';
  const value = change['value'];
  if (kind === 'procedure') {
    const property = target.procedure as ProcedureProperty;
    mergeInto(ctx.definition, { [property]: value }, (path) =>
      ctx.provenance.mark(ctx.definition, path, index, 'set'),
    );
    return undefined;
  }
  const slot = locate(ctx.definition, target, kind);
  if (!slot) return targetNotFound(['changes', index, 'target'], target, ctx.base);
  const patch = value as Json;
  const keyName = ITEM_KEY[kind];
  if (Object.hasOwn(patch, keyName) && patch[keyName] !== slot.item[keyName]) {
    return keyChange(['changes', index, 'value', keyName], keyName);
  }
  mergeInto(slot.item, patch, (path) => ctx.provenance.mark(slot.item, path, index, 'set'));
  return undefined;
}

function remove(ctx: ChangeContext, change: Json, index: number): OverlayProblem | undefined {
  const target = change['target'] as OverlayTarget;
  const kind = targetKind(target) as ItemKind | 'procedure';
  if (kind === 'procedure') {
    const property = target.procedure!;
    if (!Object.hasOwn(ctx.definition, property)) {
      return targetNotFound(['changes', index, 'target'], target, ctx.base);
    }
    delete ctx.definition[property];
    return undefined;
  }
  const slot = locate(ctx.definition, target, kind);
  if (!slot) return targetNotFound(['changes', index, 'target'], target, ctx.base);
  slot.list.splice(slot.index, 1);
  return undefined;
}

function add(ctx: ChangeContext, change: Json, index: number): OverlayProblem | undefined {
  const kind = ITEM_KINDS.find((k) => change[k] !== undefined)!;
  const item = structuredClone(change[kind]) as Json;
  const place = destination({ ...request(ctx, change, index), kind, item });
  if ('code' in place) return place;
  place.list.splice(place.index, 0, item);
  ctx.provenance.mark(item, [], index, 'add');
  return undefined;
}

function move(ctx: ChangeContext, change: Json, index: number): OverlayProblem | undefined {
  const target = change['target'] as OverlayTarget;
  const kind = targetKind(target) as ItemKind;
  const slot = locate(ctx.definition, target, kind);
  if (!slot) return targetNotFound(['changes', index, 'target'], target, ctx.base);
  if (placesIntoItself(ctx, change, slot.item)) return moveRelativeToItself(['changes', index]);
  slot.list.splice(slot.index, 1);
  const place = destination({ ...request(ctx, change, index), kind, item: slot.item });
  if ('code' in place) {
    slot.list.splice(slot.index, 0, slot.item);
    return place;
  }
  place.list.splice(place.index, 0, slot.item);
  ctx.provenance.mark(slot.item, [], index, 'move');
  return undefined;
}

/** Whether a move's position names the moved item itself, or (for `into`) something inside it. */
function placesIntoItself(ctx: ChangeContext, change: Json, item: Json): boolean {
  for (const position of ['before', 'after', 'into'] as const) {
    const place = change[position] as OverlayTarget | undefined;
    if (!place) continue;
    const kind = targetKind(place);
    if (
      kind !== 'element' &&
      kind !== 'step' &&
      kind !== targetKind(change['target'] as OverlayTarget)
    )
      continue;
    const found =
      typeof kind === 'string' && kind !== 'procedure'
        ? locate(ctx.definition, place, kind)
        : undefined;
    if (
      found &&
      (found.item === item || (position === 'into' && containsElement(item, found.item)))
    ) {
      return true;
    }
  }
  return false;
}

function containsElement(outer: Json, inner: Json): boolean {
  if (outer === inner) return true;
  const children = outer['elements'];
  return (
    Array.isArray(children) && children.some((c) => isJsonObject(c) && containsElement(c, inner))
  );
}

function request(ctx: ChangeContext, change: Json, changeIndex: number) {
  return { definition: ctx.definition, change, changeIndex, base: ctx.base };
}

const PATCH_FAILURES: Readonly<Record<string, string>> = {
  'invalid-operation': 'thao tác không hợp lệ',
  'invalid-pointer': 'JSON pointer không hợp lệ',
  'path-not-found': 'không có giá trị tại đường dẫn này trong bản gốc',
  'test-failed': 'giá trị trong bản gốc khác với giá trị mà thao tác "test" mong đợi',
  'move-into-itself': 'không thể di chuyển một giá trị vào bên trong chính nó',
};

/** All or nothing: tried on a copy first, then applied in place one operation at a time. */
function jsonPatch(ctx: ChangeContext, change: Json, index: number): OverlayProblem | undefined {
  const patch = change['patch'] as Json[];
  try {
    applyJsonPatch(ctx.definition, patch);
  } catch (error) {
    if (!(error instanceof JsonPatchError)) throw error;
    const at = ['changes', index, 'patch', ...(error.index >= 0 ? [error.index] : [])];
    const problem = jsonPatchFailed(at, error.code, error.message);
    problem.message.vi = `Không áp dụng được JSON Patch: ${PATCH_FAILURES[error.code]} (${error.message}).`;
    return problem;
  }
  for (const operation of patch) {
    applyJsonPatchInPlace(ctx.definition, [operation]);
    if (operation['op'] === 'remove' || operation['op'] === 'test') continue;
    ctx.provenance.mark(
      ctx.definition,
      resolvedPath(ctx.definition, operation['path'] as string),
      index,
      'json-patch',
    );
  }
  return undefined;
}

/** The operation's path with a final `-` (append) turned into the index it appended at. */
function resolvedPath(root: Json, pointer: string): string[] {
  const tokens = parsePointer(pointer);
  if (tokens[tokens.length - 1] !== '-') return tokens;
  let parent: unknown = root;
  for (const token of tokens.slice(0, -1)) {
    parent = Array.isArray(parent)
      ? parent[Number(token)]
      : isJsonObject(parent)
        ? parent[token]
        : undefined;
  }
  return [...tokens.slice(0, -1), String(Array.isArray(parent) ? parent.length - 1 : 0)];
}
