import { BoundaryError, type BoundaryErrorCode, type TextPosition } from './boundary-error.js';

export interface StrictJsonOptions {
  /** Deepest nesting of arrays and objects (default 64). */
  maxDepth?: number;
  /**
   * Refuse valid JSON that readers disagree on: duplicate keys, lone surrogates, `\u0000`,
   * inexact numbers, a byte-order mark (default true). Off, the parser checks RFC 8259 syntax
   * only — used to show that the refusals are policy, not misreadings of the grammar.
   */
  refuseAmbiguous?: boolean;
}

/**
 * Parses a request body as JSON that every reader agrees on. `JSON.parse` takes the last of
 * duplicate keys, keeps lone surrogates (which PostgreSQL's jsonb refuses) and rounds numbers
 * silently; PostgreSQL keeps numbers exactly. So this parser refuses, with a position and a
 * reason: invalid UTF-8, a byte-order mark, syntax errors, nesting deeper than `maxDepth`,
 * duplicate keys, lone surrogates, `\u0000`, integers beyond 2^53 and numbers that a double
 * cannot hold exactly enough to print back as the same decimal value. Object keys such as
 * `__proto__` become ordinary own properties.
 */
export function parseStrictJson(bytes: Uint8Array, options: StrictJsonOptions = {}): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BoundaryError(400, 'invalid-utf8', {
      vi: 'Nội dung không phải là văn bản UTF-8 hợp lệ.',
      en: 'The body is not valid UTF-8 text.',
    });
  }
  return new Parser(text, options.maxDepth ?? 64, options.refuseAmbiguous ?? true).parseDocument();
}

/** A JSON pointer segment (RFC 6901). */
function escapePointer(segment: string | number): string {
  return typeof segment === 'number'
    ? String(segment)
    : segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t',
};

/**
 * Recursive descent over the decoded text, with the nesting bounded by `maxDepth` (so the
 * recursion is too). The place in the data is kept as a stack of keys and turned into a JSON
 * pointer only when something is refused: accepted bodies pay nothing for it.
 */
class Parser {
  private at = 0;
  /** Keys from the root to the current value: the first `pathLength` entries of `path`. */
  private readonly path: (string | number)[] = [];
  private pathLength = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly strict: boolean,
  ) {}

  parseDocument(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff && this.strict) {
      this.fail(
        'json-bom',
        'Nội dung bắt đầu bằng dấu BOM; hãy gửi JSON không có BOM.',
        'The body starts with a byte-order mark; send JSON without one.',
        false,
      );
    }
    this.skipSpace();
    const value = this.parseValue(0);
    this.skipSpace();
    if (this.at < this.text.length)
      this.syntax('có ký tự thừa sau giá trị JSON', 'unexpected text after the JSON value');
    return value;
  }

  private parseValue(depth: number): unknown {
    const c = this.text.charCodeAt(this.at);
    switch (c) {
      case 0x7b: // {
        return this.parseObject(depth + 1);
      case 0x5b: // [
        return this.parseArray(depth + 1);
      case 0x22: // "
        return this.parseString();
      case 0x74:
        return this.literal('true', true);
      case 0x66:
        return this.literal('false', false);
      case 0x6e:
        return this.literal('null', null);
      default: {
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
        const char = this.text[this.at];
        return this.syntax(
          char === undefined ? 'thiếu giá trị' : `ký tự không mong đợi "${char}"`,
          char === undefined ? 'a value is missing' : `unexpected character "${char}"`,
        );
      }
    }
  }

  private parseObject(depth: number): Record<string, unknown> {
    this.checkDepth(depth);
    this.at++;
    const object: Record<string, unknown> = {};
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x7d) {
      this.at++;
      return object;
    }
    const path = this.path;
    const level = this.pathLength;
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.at) !== 0x22)
        this.syntax(
          'cần tên thuộc tính trong dấu nháy kép',
          'a property name in double quotes is expected',
        );
      // A problem inside a key is reported at the object, one inside a value at its key.
      this.pathLength = level;
      const key = this.parseString();
      path[level] = key;
      this.pathLength = level + 1;
      if (this.strict && Object.hasOwn(object, key)) {
        this.fail(
          'json-duplicate-key',
          `Thuộc tính "${key}" xuất hiện hai lần.`,
          `The property "${key}" appears twice.`,
        );
      }
      this.skipSpace();
      this.expect(0x3a, ':');
      this.skipSpace();
      const value = this.parseValue(depth);
      if (key === '__proto__') {
        // Assignment would set the prototype; define it as an ordinary own property instead.
        Object.defineProperty(object, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        // Object.prototype has no other setter: this always creates an own data property.
        object[key] = value;
      }
      this.skipSpace();
      if (this.text.charCodeAt(this.at) === 0x2c) {
        this.at++;
        continue;
      }
      this.expect(0x7d, '}');
      this.pathLength = level;
      return object;
    }
  }

  private parseArray(depth: number): unknown[] {
    this.checkDepth(depth);
    this.at++;
    const array: unknown[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x5d) {
      this.at++;
      return array;
    }
    const path = this.path;
    const level = this.pathLength;
    this.pathLength = level + 1;
    for (;;) {
      this.skipSpace();
      path[level] = array.length;
      array.push(this.parseValue(depth));
      this.skipSpace();
      if (this.text.charCodeAt(this.at) === 0x2c) {
        this.at++;
        continue;
      }
      this.expect(0x5d, ']');
      this.pathLength = level;
      return array;
    }
  }

  private parseString(): string {
    const text = this.text;
    this.at++;
    let result = '';
    let start = this.at;
    let surrogates = false;
    for (;;) {
      const code = text.charCodeAt(this.at);
      if (code === 0x22) break;
      if (Number.isNaN(code)) this.syntax('chuỗi chưa được đóng', 'unterminated string');
      if (code < 0x20)
        this.syntax(
          'ký tự điều khiển trong chuỗi phải được thoát',
          'control characters in strings must be escaped',
        );
      if (code === 0x5c) {
        result += text.slice(start, this.at);
        const escaped = this.parseEscape();
        const unit = escaped.charCodeAt(0);
        if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
        result += escaped;
        start = this.at;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
      this.at++;
    }
    result += text.slice(start, this.at);
    this.at++;
    if (this.strict && surrogates && hasLoneSurrogate(result)) {
      this.at--;
      this.fail(
        'json-lone-surrogate',
        'Chuỗi chứa nửa cặp ký tự thay thế (surrogate) không hợp lệ.',
        'A string contains a lone surrogate, which is not a character.',
      );
    }
    return result;
  }

  private parseEscape(): string {
    const c = this.text.charCodeAt(this.at + 1);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      this.at += 2;
      return simple;
    }
    if (c !== 0x75) return this.syntax('chuỗi thoát không hợp lệ', 'invalid escape sequence');
    let code = 0;
    for (let i = this.at + 2; i < this.at + 6; i++) {
      const h = this.text.charCodeAt(i);
      const digit =
        h >= 0x30 && h <= 0x39
          ? h - 0x30
          : h >= 0x41 && h <= 0x46
            ? h - 0x37
            : h >= 0x61 && h <= 0x66
              ? h - 0x57
              : -1;
      if (digit < 0) {
        this.at += 2;
        this.syntax('\\u cần 4 chữ số thập lục phân', '\\u needs 4 hexadecimal digits');
      }
      code = code * 16 + digit;
    }
    if (code === 0 && this.strict) {
      this.fail(
        'json-nul',
        'Chuỗi không được chứa ký tự NUL (\\u0000).',
        'Strings must not contain the NUL character (\\u0000).',
      );
    }
    this.at += 6;
    return String.fromCharCode(code);
  }

  /** RFC 8259 number grammar, scanned by hand; the policy checks run on the literal. */
  private parseNumber(): number {
    const text = this.text;
    const start = this.at;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) i++;
    const intStart = i;
    let c = text.charCodeAt(i);
    if (c === 0x30) i++;
    else if (c >= 0x31 && c <= 0x39) while (isDigit(text.charCodeAt(i))) i++;
    else return this.numberSyntax(i);
    const intEnd = i;
    let fraction = false;
    let fractionDigits = 0;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return this.numberSyntax(i);
      const fractionStart = i;
      while (isDigit(text.charCodeAt(i))) i++;
      fraction = true;
      fractionDigits = i - fractionStart;
    }
    let exponent = false;
    c = text.charCodeAt(i);
    if (c === 0x65 || c === 0x45) {
      i++;
      c = text.charCodeAt(i);
      if (c === 0x2b || c === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return this.numberSyntax(i);
      while (isDigit(text.charCodeAt(i))) i++;
      exponent = true;
    }
    // A number runs into the next token only through these characters (e.g. `01`, `1.2.3`).
    c = text.charCodeAt(i);
    if (isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d)
      return this.numberSyntax(i);
    const literal = text.slice(start, i);
    const value = Number(literal);
    if (this.strict) {
      // Fast path: at most 15 digits and no exponent always round-trip through a double.
      const exact = !exponent && intEnd - intStart + fractionDigits <= 15;
      if (!exact) this.checkNumber(literal, value, !fraction && !exponent);
    }
    this.at = i;
    return value === 0 ? 0 : value;
  }

  private numberSyntax(at: number): never {
    this.at = at;
    return this.syntax('số không hợp lệ', 'invalid number');
  }

  private checkNumber(literal: string, value: number, integer: boolean): void {
    if (!Number.isFinite(value)) {
      this.fail(
        'json-number-range',
        `Số ${literal} vượt quá giới hạn của số thực.`,
        `The number ${literal} is out of range.`,
      );
    }
    if (
      (integer && !Number.isSafeInteger(value)) ||
      canonicalDecimal(literal) !== canonicalDecimal(String(value))
    ) {
      this.fail(
        'json-number-precision',
        `Số ${literal} không thể lưu chính xác; hãy gửi nó dưới dạng chuỗi.`,
        `The number ${literal} cannot be kept exactly; send it as a string.`,
      );
    }
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.at)) this.syntax(`cần "${word}"`, `"${word}" expected`);
    this.at += word.length;
    return value;
  }

  private checkDepth(depth: number): void {
    if (depth > this.maxDepth) {
      this.fail(
        'json-depth',
        `Dữ liệu lồng nhau quá ${this.maxDepth} cấp.`,
        `The data is nested more than ${this.maxDepth} levels deep.`,
      );
    }
  }

  private expect(code: number, char: string): void {
    if (this.text.charCodeAt(this.at) !== code) this.syntax(`cần "${char}"`, `"${char}" expected`);
    this.at++;
  }

  private skipSpace(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.at++;
      else return;
    }
  }

  private syntax(vi: string, en: string): never {
    return this.fail('json-syntax', `JSON không hợp lệ: ${vi}.`, `Invalid JSON: ${en}.`, false);
  }

  private fail(code: BoundaryErrorCode, vi: string, en: string, withPointer = true): never {
    const pointer = this.path
      .slice(0, this.pathLength)
      .map((segment) => `/${escapePointer(segment)}`)
      .join('');
    throw new BoundaryError(
      400,
      code,
      { vi, en },
      { position: this.position(), ...(withPointer ? { pointer } : {}) },
    );
  }

  private position(): TextPosition {
    const before = this.text.slice(0, this.at);
    const line = before.split('\n').length;
    return { offset: this.at, line, column: this.at - before.lastIndexOf('\n') };
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** A decimal literal as digits and exponent, so `1.50e1` and `15` compare equal. */
function canonicalDecimal(literal: string): string {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(literal);
  if (!match) return literal;
  const fraction = match[3] ?? '';
  let digits = (match[2]! + fraction).replace(/^0+/, '');
  let exponent = Number(match[4] ?? 0) - fraction.length;
  if (digits === '') return '0';
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return `${match[1]}${digits}e${exponent}`;
}
