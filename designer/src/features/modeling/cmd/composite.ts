import type { CommandHandler, CommandStack } from '../command-stack.js';

export interface CompositeContext {
  /** Commands run in order as one undoable edit. */
  commands: { name: string; context: Record<string, unknown> }[];
}

/** Several commands as one edit (one undo): e.g. renaming a key and the rules that read it. */
export class CompositeHandler implements CommandHandler<CompositeContext> {
  execute(state: unknown, ctx: CompositeContext, stack: CommandStack): unknown {
    let next = state;
    for (const command of ctx.commands) {
      next = stack.handler(command.name).execute(next, command.context, stack);
    }
    return next;
  }

  revert(state: unknown, ctx: CompositeContext, stack: CommandStack): unknown {
    let next = state;
    for (const command of [...ctx.commands].reverse()) {
      next = stack.handler(command.name).revert(next, command.context, stack);
    }
    return next;
  }
}
