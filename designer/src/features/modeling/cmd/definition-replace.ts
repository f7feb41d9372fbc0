import type { CommandHandler } from '../command-stack.js';

export interface DefinitionReplaceContext {
  definition: unknown;
  /** Recorded on execute. */
  old?: unknown;
}

/** Replaces the whole definition: an import, an example opened, an edit in the JSON view. */
export class DefinitionReplaceHandler implements CommandHandler<DefinitionReplaceContext> {
  execute(state: unknown, ctx: DefinitionReplaceContext): unknown {
    ctx.old = state;
    return ctx.definition;
  }

  revert(_state: unknown, ctx: DefinitionReplaceContext): unknown {
    return ctx.old;
  }
}
