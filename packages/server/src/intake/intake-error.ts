import type { LocalizedMessage } from '@hoso/schema';

/** A request the intake server refuses, with the HTTP status and a reason in both languages. */
export class IntakeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: LocalizedMessage,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail.en);
    this.name = 'IntakeError';
  }
}

export const notFound = (what: LocalizedMessage): IntakeError =>
  new IntakeError(404, 'not-found', what);
