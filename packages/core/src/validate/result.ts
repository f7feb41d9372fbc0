import type { LocalizedMessage } from '@hoso/schema';

/** One error in a submission, at a field path, in both languages. */
export interface ValidationError {
  /** Dotted field path: `applicant.fullName`, `children.0.birthDate`, `$documents.passport`. */
  path: string;
  /** The same place as a JSON pointer: `/applicant/fullName`. */
  pointer: string;
  /** Stable code: `required`, `pattern`, `maximum.date`, `check.<key>`, … */
  code: string;
  message: LocalizedMessage;
  /** The constraint's limit or other values the message names, for renderers that reword it. */
  params?: Record<string, unknown>;
}

export interface FeeLine {
  key: string;
  title: LocalizedMessage;
  kind: 'fee' | 'charge';
  /** Whole đồng. */
  amount: number;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
  /**
   * The cleaned submission: strings in NFC and trimmed, empty answers removed, values of hidden
   * or disabled fields removed, computed values recomputed.
   */
  data: Record<string, unknown>;
  /** Paths of values that were sent for hidden or disabled fields and removed from `data`. */
  dropped: string[];
  /** Fees computed from the cleaned data (never taken from the client), and their total. */
  fees: { lines: FeeLine[]; total: number };
  /** Keys of the documents that must be attached for this data. */
  requiredDocuments: string[];
}

export type PathSegments = readonly (string | number)[];

export function toDottedPath(segments: PathSegments): string {
  return segments.join('.');
}

export function toDataPointer(segments: PathSegments): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
