import type { ItemKind, OverlayTarget } from '@hoso/schema';
import { isJsonObject } from './json-pointer.js';

type Json = Record<string, unknown>;

/** An item found by key: the list that holds it and where. */
export interface Slot {
  list: unknown[];
  index: number;
  item: Json;
  /** The lists whose keys share a namespace with this one (one data scope for elements). */
  scope: unknown[][];
}

/** Finds the item a target names, by key; `undefined` when the definition has no such item. */
export function locate(definition: Json, target: OverlayTarget, kind: ItemKind): Slot | undefined {
  switch (kind) {
    case 'element':
      return findElement(definition, target.element!);
    case 'option':
    case 'check': {
      const element = findElement(definition, target.element!);
      const list = element?.item[kind === 'option' ? 'options' : 'checks'];
      const key = kind === 'option' ? target.option! : target.check!;
      return findIn(list, kind === 'option' ? 'value' : 'key', key);
    }
    case 'legalBasis':
      return findIn(definition['legalBasis'], 'number', target.legalBasis!);
    default:
      return findIn(topLevelList(definition, kind, false), 'key', target[kind]!);
  }
}

/** The list a top-level kind lives in (created when asked to, for adding the first item). */
export function topLevelList(
  definition: Json,
  kind: 'step' | 'fee' | 'document' | 'legalBasis' | 'role' | 'stage',
  create: boolean,
): unknown[] | undefined {
  const [owner, property] =
    kind === 'role' || kind === 'stage'
      ? [definition['flow'], kind === 'role' ? 'roles' : 'stages']
      : [definition, TOP_LEVEL[kind]];
  if (!isJsonObject(owner)) return undefined;
  if (!Array.isArray(owner[property]) && create) owner[property] = [];
  const list = owner[property];
  return Array.isArray(list) ? list : undefined;
}

const TOP_LEVEL = { step: 'steps', fee: 'fees', document: 'documents', legalBasis: 'legalBasis' };

/** The lists of the root data scope: every step's elements (keys are unique across steps). */
export function rootElementLists(definition: Json): unknown[][] {
  const steps = definition['steps'];
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: unknown) =>
    isJsonObject(step) && Array.isArray(step['elements']) ? [step['elements']] : [],
  );
}

/** Finds an element by its data path: `applicant.fullName` is `fullName` inside group `applicant`. */
export function findElement(definition: Json, path: string): Slot | undefined {
  let scope = rootElementLists(definition);
  let found: Slot | undefined;
  for (const key of path.split('.')) {
    if (found) {
      const children = found.item['elements'];
      if (!Array.isArray(children)) return undefined;
      scope = [children];
    }
    found = undefined;
    for (const list of scope) {
      const slot = findIn(list, 'key', key);
      if (slot) {
        found = { ...slot, scope };
        break;
      }
    }
    if (!found) return undefined;
  }
  return found;
}

/** Whether a key is already used in a namespace (ignoring one item, for moves). */
export function keyTaken(
  scope: unknown[][],
  property: string,
  key: string,
  except?: Json,
): boolean {
  return scope.some((list) =>
    list.some((item) => isJsonObject(item) && item !== except && item[property] === key),
  );
}

function findIn(list: unknown, property: string, key: string): Slot | undefined {
  if (!Array.isArray(list)) return undefined;
  const index = list.findIndex((item) => isJsonObject(item) && item[property] === key);
  return index === -1 ? undefined : { list, index, item: list[index] as Json, scope: [list] };
}
