import type { LocalizedMessage } from '@hoso/schema';

/** Where in the request text a problem is: 0-based offset (UTF-16 units), 1-based line and column. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

export type BoundaryErrorCode =
  | 'body-too-large'
  | 'body-timeout'
  | 'body-aborted'
  | 'unsupported-media-type'
  | 'method-not-allowed'
  | 'invalid-utf8'
  | 'json-bom'
  | 'json-syntax'
  | 'json-depth'
  | 'json-duplicate-key'
  | 'json-lone-surrogate'
  | 'json-nul'
  | 'json-number-precision'
  | 'json-number-range'
  | 'multipart'
  | 'multipart-no-data'
  | 'file-slot'
  | 'file-too-large'
  | 'too-many-files'
  | 'file-empty';

/** The JSON form of a request-boundary rejection, as sent to the client. */
export interface BoundaryErrorBody {
  status: number;
  code: BoundaryErrorCode;
  message: LocalizedMessage;
  /** JSON pointer into the submission (a duplicate key, a number, a file slot). */
  pointer?: string;
  /** Place in the request text (syntax errors). */
  position?: TextPosition;
}

/**
 * A request refused before validation: the body is too big or too slow, not JSON, or JSON
 * that the browser and PostgreSQL would read differently. Always a 4xx.
 */
export class BoundaryError extends Error {
  readonly status: number;
  readonly code: BoundaryErrorCode;
  readonly localized: LocalizedMessage;
  readonly pointer: string | undefined;
  readonly position: TextPosition | undefined;

  constructor(
    status: number,
    code: BoundaryErrorCode,
    message: LocalizedMessage,
    where: { pointer?: string; position?: TextPosition } = {},
  ) {
    super(message.en ?? message.vi);
    this.name = 'BoundaryError';
    this.status = status;
    this.code = code;
    this.localized = message;
    this.pointer = where.pointer;
    this.position = where.position;
  }

  toJSON(): BoundaryErrorBody {
    return {
      status: this.status,
      code: this.code,
      message: this.localized,
      ...(this.pointer !== undefined ? { pointer: this.pointer } : {}),
      ...(this.position !== undefined ? { position: this.position } : {}),
    };
  }
}
