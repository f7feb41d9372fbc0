import type { CommandHandler } from '../command-stack.js';
import { clone, getAt, insertAt, removeAt } from '../json-path.js';

export interface ListRemoveContext {
  list: string;
  index: number;
  /** Recorded on execute. */
  removed?: unknown;
}

/** Removes an item from a list. */
export class ListRemoveHandler implements CommandHandler<ListRemoveContext> {
  execute(state: unknown, ctx: ListRemoveContext): unknown {
    const list = getAt(state, ctx.list);
    if (!Array.isArray(list) || ctx.index < 0 || ctx.index >= list.length) {
      throw new Error(`Nothing to remove at ${ctx.list}/${ctx.index}`);
    }
    ctx.removed = clone(list[ctx.index]);
    return removeAt(state, ctx.list, ctx.index);
  }

  revert(state: unknown, ctx: ListRemoveContext): unknown {
    return insertAt(state, ctx.list, ctx.index, clone(ctx.removed));
  }
}
