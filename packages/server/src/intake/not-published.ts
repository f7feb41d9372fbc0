import type { LocalizedMessage } from '@hoso/schema';

/**
 * What `startIntakeServer` logs for a definition it could not publish at start, with the reason
 * in both languages so a terminal can show it in its own; the message is the English line.
 */
export class DefinitionNotPublished extends Error {
  constructor(
    readonly file: string,
    readonly detail: LocalizedMessage,
  ) {
    super(`not published: ${file}: ${detail.en}`);
    this.name = 'DefinitionNotPublished';
  }
}
