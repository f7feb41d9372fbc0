import { ITEM_KEY, targetKind, type ItemKind, type OverlayTarget } from '@hoso/schema/model';
import { isJsonObject } from './json-pointer.js';
import { findElement, keyTaken, locate, rootElementLists, topLevelList } from './locate.js';
import {
  anchorNotFound,
  duplicateKey,
  moveRelativeToItself,
  notAContainer,
  type OverlayProblem,
} from './problems.js';

type Json = Record<string, unknown>;

/** Where an added or moved item goes. */
export interface Destination {
  list: unknown[];
  index: number;
}

export interface PlaceRequest {
  definition: Json;
  change: Json;
  changeIndex: number;
  kind: ItemKind;
  item: Json;
  /** The base's `id@version`, for messages. */
  base: string;
}

/**
 * Finds where an item goes — before or after a sibling of its kind, at the end of `into`, or at
 * the end of its top-level list — and checks that its key is free there.
 */
export function destination(request: PlaceRequest): Destination | OverlayProblem {
  const { definition, change, changeIndex, kind, item, base } = request;
  const at = ['changes', changeIndex];
  const position = (['before', 'after', 'into'] as const).find((p) => change[p] !== undefined);
  let place: (Destination & { scope: unknown[][] }) | OverlayProblem;
  if (position === 'before' || position === 'after') {
    const anchor = change[position] as OverlayTarget;
    const slot = locate(definition, anchor, kind);
    if (!slot) return anchorNotFound([...at, position], position, anchor, base);
    if (slot.item === item) return moveRelativeToItself([...at, position]);
    place = {
      list: slot.list,
      index: slot.index + (position === 'after' ? 1 : 0),
      scope: slot.scope,
    };
  } else if (position === 'into') {
    place = container(
      definition,
      change['into'] as OverlayTarget,
      kind,
      item,
      [...at, 'into'],
      base,
    );
  } else {
    const list = topLevelList(definition, kind as 'fee', true) ?? [];
    place = { list, index: list.length, scope: [list] };
  }
  if ('code' in place) return place;
  const key = item[ITEM_KEY[kind]];
  if (typeof key === 'string' && keyTaken(place.scope, ITEM_KEY[kind], key, item)) {
    return duplicateKey([...at, kind in change ? kind : 'target'], kind, key, base);
  }
  return { list: place.list, index: place.index };
}

function container(
  definition: Json,
  into: OverlayTarget,
  kind: ItemKind,
  item: Json,
  at: (string | number)[],
  base: string,
): (Destination & { scope: unknown[][] }) | OverlayProblem {
  const intoKind = targetKind(into);
  if (intoKind === 'step') {
    const step = locate(definition, into, 'step');
    if (!step) return anchorNotFound(at, 'into', into, base);
    if (!Array.isArray(step.item['elements'])) step.item['elements'] = [];
    const list = step.item['elements'] as unknown[];
    return { list, index: list.length, scope: rootElementLists(definition) };
  }
  const element = findElement(definition, into.element ?? '');
  if (!element) return anchorNotFound(at, 'into', into, base);
  if (element.item === item) return moveRelativeToItself(at);
  const property = kind === 'element' ? 'elements' : kind === 'option' ? 'options' : 'checks';
  if (
    property === 'elements' &&
    element.item['type'] !== 'group' &&
    element.item['type'] !== 'repeater'
  ) {
    return notAContainer(at, into, 'elements');
  }
  if (property === 'options' && !Array.isArray(element.item['options'])) {
    return notAContainer(at, into, 'options');
  }
  if (!Array.isArray(element.item[property])) element.item[property] = [];
  const list = element.item[property] as unknown[];
  if (kind === 'element' && contains(item, element.item)) return moveRelativeToItself(at);
  return { list, index: list.length, scope: [list] };
}

/** Whether `inner` is `outer` or nested in its elements (a group cannot move into itself). */
function contains(outer: Json, inner: Json): boolean {
  if (outer === inner) return true;
  const children = outer['elements'];
  return Array.isArray(children) && children.some((c) => isJsonObject(c) && contains(c, inner));
}
