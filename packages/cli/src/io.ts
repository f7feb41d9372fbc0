import { terminalLang, type Lang, type Message } from './messages.js';

/** Where a command writes, and in which language; tests pass their own to capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  lang?: Lang;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  lang: terminalLang(process.env),
};

/** A failure the user can fix: printed in the terminal's language, never as a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly text: Message,
    readonly exitCode = 2,
  ) {
    super(text.en);
    this.name = 'UsageError';
  }
}
