import type { CommandHandler } from '../command-stack.js';
import { clone, getAt, hasAt, setAt } from '../json-path.js';

export interface PropertySetContext {
  /** JSON pointer of the property. */
  pointer: string;
  /** New value; undefined removes the property. */
  value: unknown;
  /** Recorded on execute. */
  oldValue?: unknown;
  existed?: boolean;
}

/** Sets or removes one value anywhere in the definition. */
export class PropertySetHandler implements CommandHandler<PropertySetContext> {
  execute(state: unknown, ctx: PropertySetContext): unknown {
    ctx.existed = hasAt(state, ctx.pointer);
    ctx.oldValue = clone(getAt(state, ctx.pointer));
    return setAt(state, ctx.pointer, clone(ctx.value));
  }

  revert(state: unknown, ctx: PropertySetContext): unknown {
    return setAt(state, ctx.pointer, ctx.existed ? clone(ctx.oldValue) : undefined);
  }
}
