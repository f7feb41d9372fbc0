import type { CommandHandler } from '../command-stack.js';
import { clone, getAt, insertAt, removeAt, setAt } from '../json-path.js';

export interface ListInsertContext {
  /** JSON pointer of the array (created when missing). */
  list: string;
  index: number;
  item: unknown;
  /** Recorded on execute: the list did not exist before. */
  created?: boolean;
}

/** Inserts an item (an element, a step, a document, a stage…) into a list. */
export class ListInsertHandler implements CommandHandler<ListInsertContext> {
  execute(state: unknown, ctx: ListInsertContext): unknown {
    ctx.created = !Array.isArray(getAt(state, ctx.list));
    return insertAt(state, ctx.list, ctx.index, clone(ctx.item));
  }

  revert(state: unknown, ctx: ListInsertContext): unknown {
    if (ctx.created) return setAt(state, ctx.list, undefined);
    return removeAt(state, ctx.list, ctx.index);
  }
}
