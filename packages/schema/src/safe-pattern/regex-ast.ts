/** A parsed JavaScript `u`-mode regular expression, reduced to what the safety rules need. */
export type RegexNode = CharSetNode | AnchorNode | SequenceNode | AlternationNode | RepeatNode;

/** Inclusive code point range. */
export type CodePointRange = readonly [number, number];

/** Anything that matches exactly one code point: a literal, `.`, `\d`, `[...]`, `\p{L}`. */
export interface CharSetNode {
  kind: 'chars';
  /** The atom's own source text, so it can be compiled alone as a membership test. */
  source: string;
  /** The code points it matches, or undefined when a Unicode property makes that costly. */
  ranges: CodePointRange[] | undefined;
}

/** `^`, `$`, `\b`, `\B`: match a position, never a character. */
export interface AnchorNode {
  kind: 'anchor';
}

export interface SequenceNode {
  kind: 'sequence';
  items: RegexNode[];
}

export interface AlternationNode {
  kind: 'alternation';
  branches: RegexNode[];
}

export interface RepeatNode {
  kind: 'repeat';
  body: RegexNode;
  min: number;
  /** Infinity for `*`, `+` and `{n,}`. */
  max: number;
}

/** Why a pattern was refused while parsing. */
export class PatternRejection extends Error {
  constructor(
    readonly reason: 'syntax' | 'backreference' | 'lookaround',
    detail: string,
  ) {
    super(detail);
  }
}
