import { toPointer } from '@hoso/schema/model';
import { changeMessage, type MessageParams } from './messages.js';
import type { DefinitionChange } from './types.js';

export type Impact = 'major' | 'minor' | 'patch';
export type Segments = readonly (string | number)[];

/** Collects classified changes; `major` impact is what makes a change breaking. */
export class ChangeLog {
  readonly changes: DefinitionChange[] = [];

  add(
    impact: Impact,
    code: string,
    path: string,
    pointer: Segments,
    params: Omit<MessageParams, 'path'> = {},
  ): void {
    this.changes.push({
      kind: impact === 'major' ? 'breaking' : 'compatible',
      code,
      path,
      pointer: toPointer(pointer),
      bump: impact,
      message: changeMessage(code, { path, ...params }),
    });
  }
}

/** Items of two keyed lists, matched by key rather than position. */
export interface KeyedMatch<T> {
  removed: { item: T; index: number }[];
  added: { item: T; index: number }[];
  common: { before: T; after: T; beforeIndex: number; afterIndex: number }[];
}

export function matchByKey<T>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  keyOf: (item: T) => string,
): KeyedMatch<T> {
  const oldItems = before ?? [];
  const newItems = after ?? [];
  const newByKey = new Map(newItems.map((item, index) => [keyOf(item), { item, index }]));
  const oldKeys = new Set(oldItems.map(keyOf));
  const match: KeyedMatch<T> = { removed: [], added: [], common: [] };
  oldItems.forEach((item, index) => {
    const other = newByKey.get(keyOf(item));
    if (other)
      match.common.push({
        before: item,
        after: other.item,
        beforeIndex: index,
        afterIndex: other.index,
      });
    else match.removed.push({ item, index });
  });
  newItems.forEach((item, index) => {
    if (!oldKeys.has(keyOf(item))) match.added.push({ item, index });
  });
  return match;
}

/** Property names of either object, in a stable order. */
export function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}
