import { readFile } from 'node:fs/promises';
import { UsageError } from './io.js';
import { messages, type Message } from './messages.js';

/** Reads and parses a JSON file, turning every failure into one clear line. */
export async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason: Message =
      code === 'ENOENT'
        ? messages.noSuchFile
        : code === 'EISDIR'
          ? messages.isDirectory
          : code === 'EACCES'
            ? messages.permissionDenied
            : { vi: code ?? String(error), en: code ?? String(error) };
    throw new UsageError(messages.cannotRead(path, reason));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { detail, line, column } = describeJsonError(text, error);
    throw new UsageError(messages.invalidJson(path, detail, line, column));
  }
}

/** Node's message names a character position; people want a line and a column. */
function describeJsonError(
  text: string,
  error: unknown,
): { detail: string; line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return { detail: message };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  return {
    detail: message.replace(/ in JSON at position \d+.*$/, ''),
    line: before.split('\n').length,
    column: offset - before.lastIndexOf('\n'),
  };
}
