import type { CommandHandler } from '../command-stack.js';
import { getAt, insertAt, parsePointer, removeAt, toPointer } from '../json-path.js';

export interface ListMoveContext {
  /** Array the item leaves. */
  fromList: string;
  fromIndex: number;
  /** Array the item joins (pointer in the state before the move). */
  toList: string;
  /** Index in the target list once the item has left its old place. */
  toIndex: number;
  /** Recorded on execute: the target list's pointer after the item left. */
  resolvedToList?: string;
}

/**
 * Moves an item within a list or between lists (an element to another step or into a group).
 * Drag and drop and the keyboard both produce this one command.
 */
export class ListMoveHandler implements CommandHandler<ListMoveContext> {
  execute(state: unknown, ctx: ListMoveContext): unknown {
    const list = getAt(state, ctx.fromList);
    if (!Array.isArray(list) || ctx.fromIndex < 0 || ctx.fromIndex >= list.length) {
      throw new Error(`Nothing to move at ${ctx.fromList}/${ctx.fromIndex}`);
    }
    const itemPointer = `${ctx.fromList}/${ctx.fromIndex}`;
    if (ctx.toList === itemPointer || ctx.toList.startsWith(itemPointer + '/')) {
      throw new Error('An element cannot move into itself');
    }
    const item = list[ctx.fromIndex];
    const resolved = pointerAfterRemoval(ctx.toList, ctx.fromList, ctx.fromIndex);
    ctx.resolvedToList = resolved;
    return insertAt(removeAt(state, ctx.fromList, ctx.fromIndex), resolved, ctx.toIndex, item);
  }

  revert(state: unknown, ctx: ListMoveContext): unknown {
    const resolved = ctx.resolvedToList ?? ctx.toList;
    const item = (getAt(state, resolved) as unknown[])[ctx.toIndex];
    return insertAt(removeAt(state, resolved, ctx.toIndex), ctx.fromList, ctx.fromIndex, item);
  }
}

/** Where `pointer` points once the item `list/index` has been removed (later siblings shift). */
export function pointerAfterRemoval(pointer: string, list: string, index: number): string {
  if (!pointer.startsWith(list + '/')) return pointer;
  const listDepth = parsePointer(list).length;
  const segments = parsePointer(pointer);
  const position = Number(segments[listDepth]);
  if (Number.isInteger(position) && position > index) segments[listDepth] = String(position - 1);
  return toPointer(segments);
}
