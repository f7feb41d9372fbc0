/** Text shown to people, in Vietnamese and English. */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

/** One thing wrong with a definition: where (JSON pointer), what (stable code) and why. */
export interface Problem {
  /** JSON pointer into the definition, e.g. `/steps/0/elements/2/pattern`. */
  pointer: string;
  /** Stable machine-readable code, e.g. `duplicate-key`, `schema.required`. */
  code: string;
  message: LocalizedMessage;
}

/** Builds a JSON pointer from path segments, escaping `~` and `/` (RFC 6901). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
