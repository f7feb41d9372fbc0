/**
 * The command stack (form-js `CommandStack`, reduced to what the designer needs): every edit is
 * a named command whose handler knows how to execute and revert it, so undo and redo cover every
 * edit by construction. Handlers are pure: they take the current definition and return the next
 * one (copying only what changed); what a revert needs, they record in the command's context.
 */

export interface CommandHandler<C = Record<string, unknown>> {
  execute(state: unknown, context: C, stack: CommandStack): unknown;
  revert(state: unknown, context: C, stack: CommandStack): unknown;
}

export interface CommandEntry {
  name: string;
  context: Record<string, unknown>;
}

export type StackListener = (state: unknown, entry: CommandEntry | undefined) => void;

export class CommandStack {
  private handlers = new Map<string, CommandHandler<never>>();
  private done: CommandEntry[] = [];
  private undone: CommandEntry[] = [];
  private listeners = new Set<StackListener>();
  private current: unknown;

  constructor(initial: unknown = undefined) {
    this.current = initial;
  }

  get state(): unknown {
    return this.current;
  }

  register<C>(name: string, handler: CommandHandler<C>): void {
    this.handlers.set(name, handler as CommandHandler<never>);
  }

  handler(name: string): CommandHandler<Record<string, unknown>> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for command ${name}`);
    return handler as unknown as CommandHandler<Record<string, unknown>>;
  }

  /** Runs a command and records it; a handler that throws leaves the state unchanged. */
  execute(name: string, context: Record<string, unknown>): void {
    const next = this.handler(name).execute(this.current, context, this);
    const entry = { name, context };
    this.current = next;
    this.done.push(entry);
    this.undone = [];
    this.emit(entry);
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  undo(): boolean {
    const entry = this.done.pop();
    if (!entry) return false;
    this.current = this.handler(entry.name).revert(this.current, entry.context, this);
    this.undone.push(entry);
    this.emit(entry);
    return true;
  }

  redo(): boolean {
    const entry = this.undone.pop();
    if (!entry) return false;
    this.current = this.handler(entry.name).execute(this.current, entry.context, this);
    this.done.push(entry);
    this.emit(entry);
    return true;
  }

  /** Starts over from a state, forgetting the history (a fresh session, not an edit). */
  reset(state: unknown): void {
    this.current = state;
    this.done = [];
    this.undone = [];
    this.emit(undefined);
  }

  get undoDepth(): number {
    return this.done.length;
  }

  subscribe(listener: StackListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(entry: CommandEntry | undefined): void {
    for (const listener of this.listeners) listener(this.current, entry);
  }
}
