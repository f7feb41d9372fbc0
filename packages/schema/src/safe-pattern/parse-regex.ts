import { complement, DIGITS, LINE_TERMINATORS, normalize, WHITESPACE, WORD } from './char-sets.js';
import {
  PatternRejection,
  type CharSetNode,
  type CodePointRange,
  type RegexNode,
} from './regex-ast.js';

const SYNTAX_CHARACTERS = new Set('^$\\.*+?()[]{}|/');
const CONTROL_ESCAPES: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const CLASS_ESCAPES: Record<string, CodePointRange[]> = {
  d: DIGITS,
  D: complement(DIGITS),
  w: WORD,
  W: complement(WORD),
  s: WHITESPACE,
  S: complement(WHITESPACE),
};

/** One item inside `[...]`: a code point (can bound a range) or a whole set. */
type ClassItem = { codePoint: number } | { ranges: CodePointRange[] | undefined };

/**
 * Parses the JavaScript `u`-mode syntax that ajv compiles (`new RegExp(pattern, 'u')`). It
 * rejects what the safety rules cannot or should not accept: backreferences and lookaround.
 */
export function parseRegex(pattern: string): RegexNode {
  return new RegexParser(pattern).parse();
}

class RegexParser {
  private readonly chars: string[];
  private position = 0;

  constructor(pattern: string) {
    this.chars = Array.from(pattern);
  }

  parse(): RegexNode {
    const node = this.alternation();
    if (this.position < this.chars.length) this.fail(`unexpected "${this.peek()}"`);
    return node;
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.position++;
      branches.push(this.sequence());
    }
    return branches.length === 1 && branches[0] ? branches[0] : { kind: 'alternation', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.position < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 && items[0] ? items[0] : { kind: 'sequence', items };
  }

  private quantified(atom: RegexNode): RegexNode {
    const bounds = this.quantifier();
    if (bounds === undefined) return atom;
    if (atom.kind === 'anchor') this.fail('nothing to repeat');
    if (this.peek() === '?') this.position++; // lazy: same backtracking risk
    if (this.quantifierAhead()) this.fail('nothing to repeat');
    return { kind: 'repeat', body: atom, min: bounds[0], max: bounds[1] };
  }

  private quantifierAhead(): boolean {
    const next = this.peek();
    return next === '*' || next === '+' || next === '?' || next === '{';
  }

  private quantifier(): [number, number] | undefined {
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?') {
      this.position++;
      return next === '*' ? [0, Infinity] : next === '+' ? [1, Infinity] : [0, 1];
    }
    if (next !== '{') return undefined;
    this.position++;
    const min = this.integer();
    let max = min;
    if (this.peek() === ',') {
      this.position++;
      max = this.peek() === '}' ? Infinity : this.integer();
    }
    this.expect('}');
    if (max < min) this.fail('numbers out of order in {} quantifier');
    return [min, max];
  }

  private integer(): number {
    const start = this.position;
    while (/[0-9]/.test(this.peek() ?? '')) this.position++;
    if (start === this.position) this.fail('incomplete quantifier');
    return Number(this.chars.slice(start, this.position).join(''));
  }

  private atom(): RegexNode {
    const start = this.position;
    const char = this.next();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.charSet(start, this.characterClass());
      case '.':
        return this.charSet(start, complement(LINE_TERMINATORS));
      case '^':
      case '$':
        return { kind: 'anchor' };
      case '\\':
        return this.atomEscape(start);
      case '*':
      case '+':
      case '?':
      case '{':
        return this.fail('nothing to repeat');
      case ')':
      case ']':
      case '}':
        return this.fail(`lone "${char}"`);
      default:
        return this.charSet(start, [[codePointOf(char), codePointOf(char)]]);
    }
  }

  private group(): RegexNode {
    if (this.peek() === '?') {
      this.position++;
      const kind = this.next();
      if (kind === '=' || kind === '!') throw new PatternRejection('lookaround', 'lookahead');
      if (kind === '<' && (this.peek() === '=' || this.peek() === '!')) {
        throw new PatternRejection('lookaround', 'lookbehind');
      }
      if (kind === '<') this.groupName();
      else if (kind !== ':') this.fail('invalid group');
    }
    const body = this.alternation();
    this.expect(')');
    return body;
  }

  private groupName(): void {
    const start = this.position;
    while (this.peek() !== undefined && this.peek() !== '>') this.position++;
    if (start === this.position) this.fail('empty group name');
    this.expect('>');
  }

  private atomEscape(start: number): RegexNode {
    const char = this.next();
    if (char === 'b' || char === 'B') return { kind: 'anchor' };
    if (/[1-9]/.test(char) || char === 'k') {
      throw new PatternRejection('backreference', `\\${char}`);
    }
    return this.charSet(start, this.setEscape(char, false));
  }

  /** An escape matching one character, outside or inside `[...]`. */
  private setEscape(char: string, inClass: boolean): CodePointRange[] | undefined {
    const classRanges = CLASS_ESCAPES[char];
    if (classRanges !== undefined) return classRanges;
    if (char === 'p' || char === 'P') {
      this.unicodeProperty();
      return undefined;
    }
    const codePoint = this.characterEscape(char, inClass);
    return [[codePoint, codePoint]];
  }

  private characterEscape(char: string, inClass: boolean): number {
    const control = CONTROL_ESCAPES[char];
    if (control !== undefined) return control;
    if (char === '0' && !/[0-9]/.test(this.peek() ?? '')) return 0;
    if (char === 'x') return this.hex(2);
    if (char === 'u') return this.unicodeEscape();
    if (char === 'c' && /[A-Za-z]/.test(this.peek() ?? '')) return codePointOf(this.next()) % 32;
    if (inClass && char === 'b') return 0x08;
    if (SYNTAX_CHARACTERS.has(char) || (inClass && char === '-')) return codePointOf(char);
    return this.fail(`invalid escape "\\${char}"`);
  }

  private unicodeProperty(): void {
    this.expect('{');
    const start = this.position;
    while (this.peek() !== undefined && this.peek() !== '}') this.position++;
    if (start === this.position) this.fail('empty Unicode property');
    this.expect('}');
  }

  private unicodeEscape(): number {
    if (this.peek() !== '{') return this.hex(4);
    this.position++;
    const start = this.position;
    while (/[0-9A-Fa-f]/.test(this.peek() ?? '')) this.position++;
    const codePoint = parseInt(this.chars.slice(start, this.position).join(''), 16);
    this.expect('}');
    if (!(codePoint <= 0x10ffff)) this.fail('invalid Unicode escape');
    return codePoint;
  }

  private hex(digits: number): number {
    const text = this.chars.slice(this.position, this.position + digits).join('');
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(text)) this.fail('invalid hexadecimal escape');
    this.position += digits;
    return parseInt(text, 16);
  }

  /** After `[`: returns the ranges, or undefined when a `\p{...}` is inside. */
  private characterClass(): CodePointRange[] | undefined {
    const negated = this.peek() === '^';
    if (negated) this.position++;
    const ranges: CodePointRange[] = [];
    let hasProperty = false;
    while (this.peek() !== ']') {
      if (this.peek() === undefined) this.fail('unterminated character class');
      const low = this.classItem();
      if (this.peek() === '-' && this.chars[this.position + 1] !== ']') {
        this.position++;
        const high = this.classItem();
        if (!('codePoint' in low) || !('codePoint' in high)) this.fail('invalid class range');
        if (high.codePoint < low.codePoint) this.fail('class range out of order');
        ranges.push([low.codePoint, high.codePoint]);
      } else if ('codePoint' in low) {
        ranges.push([low.codePoint, low.codePoint]);
      } else if (low.ranges === undefined) {
        hasProperty = true;
      } else {
        ranges.push(...low.ranges);
      }
    }
    this.position++;
    if (hasProperty) return undefined;
    return negated ? complement(ranges) : normalize(ranges);
  }

  private classItem(): ClassItem {
    const char = this.next();
    if (char !== '\\') return { codePoint: codePointOf(char) };
    const escaped = this.next();
    const ranges = this.setEscape(escaped, true);
    const single = ranges?.length === 1 && ranges[0] && ranges[0][0] === ranges[0][1];
    const isSetEscape = escaped in CLASS_ESCAPES || escaped === 'p' || escaped === 'P';
    return single && !isSetEscape && ranges[0] ? { codePoint: ranges[0][0] } : { ranges };
  }

  private charSet(start: number, ranges: CodePointRange[] | undefined): CharSetNode {
    return { kind: 'chars', source: this.chars.slice(start, this.position).join(''), ranges };
  }

  private peek(): string | undefined {
    return this.chars[this.position];
  }

  private next(): string {
    const char = this.chars[this.position++];
    if (char === undefined) this.fail('unexpected end of pattern');
    return char;
  }

  private expect(char: string): void {
    if (this.next() !== char) this.fail(`expected "${char}"`);
  }

  private fail(detail: string): never {
    throw new PatternRejection('syntax', `${detail} at position ${this.position}`);
  }
}

function codePointOf(char: string): number {
  return char.codePointAt(0) ?? 0;
}
