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

class Parser {
  private at = 0;

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
      );
    }
    this.skipSpace();
    const value = this.parseValue(0, '');
    this.skipSpace();
    if (this.at < this.text.length)
      this.syntax('có ký tự thừa sau giá trị JSON', 'unexpected text after the JSON value');
    return value;
  }

  private parseValue(depth: number, pointer: string): unknown {
    const c = this.text[this.at];
    switch (c) {
      case '{':
        return this.parseObject(depth + 1, pointer);
      case '[':
        return this.parseArray(depth + 1, pointer);
      case '"':
        return this.parseString(pointer);
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
          return this.parseNumber(pointer);
        return this.syntax(
          c === undefined ? 'thiếu giá trị' : `ký tự không mong đợi "${c}"`,
          c === undefined ? 'a value is missing' : `unexpected character "${c}"`,
        );
    }
  }

  private parseObject(depth: number, pointer: string): Record<string, unknown> {
    this.checkDepth(depth, pointer);
    this.at++;
    const object: Record<string, unknown> = {};
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return object;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"')
        this.syntax(
          'cần tên thuộc tính trong dấu nháy kép',
          'a property name in double quotes is expected',
        );
      const key = this.parseString(pointer);
      const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (this.strict && Object.hasOwn(object, key)) {
        this.fail(
          'json-duplicate-key',
          `Thuộc tính "${key}" xuất hiện hai lần.`,
          `The property "${key}" appears twice.`,
          here,
        );
      }
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      // defineProperty keeps `__proto__` an ordinary own property, never the prototype.
      Object.defineProperty(object, key, {
        value: this.parseValue(depth, here),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      this.expect('}');
      return object;
    }
  }

  private parseArray(depth: number, pointer: string): unknown[] {
    this.checkDepth(depth, pointer);
    this.at++;
    const array: unknown[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return array;
    }
    for (;;) {
      this.skipSpace();
      array.push(this.parseValue(depth, `${pointer}/${array.length}`));
      this.skipSpace();
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      this.expect(']');
      return array;
    }
  }

  private parseString(pointer: string): string {
    this.at++;
    let result = '';
    let start = this.at;
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (Number.isNaN(code)) this.syntax('chuỗi chưa được đóng', 'unterminated string');
      if (code === 0x22) break;
      if (code < 0x20)
        this.syntax(
          'ký tự điều khiển trong chuỗi phải được thoát',
          'control characters in strings must be escaped',
        );
      if (code !== 0x5c) {
        this.at++;
        continue;
      }
      result += this.text.slice(start, this.at);
      result += this.parseEscape(pointer);
      start = this.at;
    }
    result += this.text.slice(start, this.at);
    this.at++;
    if (this.strict && hasLoneSurrogate(result)) {
      this.fail(
        'json-lone-surrogate',
        'Chuỗi chứa nửa cặp ký tự thay thế (surrogate) không hợp lệ.',
        'A string contains a lone surrogate, which is not a character.',
        pointer,
      );
    }
    return result;
  }

  private parseEscape(pointer: string): string {
    const c = this.text[this.at + 1];
    this.at += 2;
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (c !== undefined && Object.hasOwn(simple, c)) return simple[c]!;
    if (c !== 'u') {
      this.at -= 2;
      return this.syntax('chuỗi thoát không hợp lệ', 'invalid escape sequence');
    }
    const hex = this.text.slice(this.at, this.at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex))
      this.syntax('\\u cần 4 chữ số thập lục phân', '\\u needs 4 hexadecimal digits');
    this.at += 4;
    const code = parseInt(hex, 16);
    if (code === 0 && this.strict) {
      this.fail(
        'json-nul',
        'Chuỗi không được chứa ký tự NUL (\\u0000).',
        'Strings must not contain the NUL character (\\u0000).',
        pointer,
      );
    }
    return String.fromCharCode(code);
  }

  private parseNumber(pointer: string): number {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!match) return this.syntax('số không hợp lệ', 'invalid number');
    const literal = match[0];
    const next = this.text[this.at + literal.length];
    if (next !== undefined && /[0-9.eE+-]/.test(next))
      this.syntax('số không hợp lệ', 'invalid number');
    const value = Number(literal);
    if (this.strict) this.checkNumber(literal, value, pointer);
    this.at += literal.length;
    return value === 0 ? 0 : value;
  }

  private checkNumber(literal: string, value: number, pointer: string): void {
    if (!Number.isFinite(value)) {
      this.fail(
        'json-number-range',
        `Số ${literal} vượt quá giới hạn của số thực.`,
        `The number ${literal} is out of range.`,
        pointer,
      );
    }
    const integer = !/[.eE]/.test(literal);
    if (
      (integer && !Number.isSafeInteger(value)) ||
      canonicalDecimal(literal) !== canonicalDecimal(String(value))
    ) {
      this.fail(
        'json-number-precision',
        `Số ${literal} không thể lưu chính xác; hãy gửi nó dưới dạng chuỗi.`,
        `The number ${literal} cannot be kept exactly; send it as a string.`,
        pointer,
      );
    }
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.at)) this.syntax(`cần "${word}"`, `"${word}" expected`);
    this.at += word.length;
    return value;
  }

  private checkDepth(depth: number, pointer: string): void {
    if (depth > this.maxDepth) {
      this.fail(
        'json-depth',
        `Dữ liệu lồng nhau quá ${this.maxDepth} cấp.`,
        `The data is nested more than ${this.maxDepth} levels deep.`,
        pointer,
      );
    }
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.syntax(`cần "${char}"`, `"${char}" expected`);
    this.at++;
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.at++;
      else return;
    }
  }

  private syntax(vi: string, en: string): never {
    return this.fail('json-syntax', `JSON không hợp lệ: ${vi}.`, `Invalid JSON: ${en}.`);
  }

  private fail(code: BoundaryErrorCode, vi: string, en: string, pointer?: string): never {
    throw new BoundaryError(
      400,
      code,
      { vi, en },
      {
        position: this.position(),
        ...(pointer !== undefined ? { pointer } : {}),
      },
    );
  }

  private position(): TextPosition {
    const before = this.text.slice(0, this.at);
    const line = before.split('\n').length;
    return { offset: this.at, line, column: this.at - before.lastIndexOf('\n') };
  }
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
