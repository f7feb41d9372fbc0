import type { ErrorObject } from 'ajv';
import definitionSchema from '../schemas/definition.schema.json' with { type: 'json' };
import type { LocalizedMessage } from './problem.js';

/**
 * Vietnamese and English wording for a meta-schema error, from its keyword and parameters —
 * ajv's own `message` is English-only and too terse for analysts.
 */
export function describeSchemaError(error: ErrorObject): LocalizedMessage {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        vi: `Thiếu thuộc tính bắt buộc "${String(p['missingProperty'])}".`,
        en: `The required property "${String(p['missingProperty'])}" is missing.`,
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p['additionalProperty'] ?? p['unevaluatedProperty']);
      return {
        vi: `Thuộc tính "${name}" không được phép ở đây.`,
        en: `The property "${name}" is not allowed here.`,
      };
    }
    case 'type':
      return {
        vi: `Giá trị phải có kiểu ${translateType(String(p['type']), 'vi')}.`,
        en: `The value must be ${translateType(String(p['type']), 'en')}.`,
      };
    case 'enum':
      return {
        vi: `Giá trị phải là một trong: ${list(p['allowedValues'])}.`,
        en: `The value must be one of: ${list(p['allowedValues'])}.`,
      };
    case 'const':
      return {
        vi: `Giá trị phải là ${JSON.stringify(p['allowedValue'])}.`,
        en: `The value must be ${JSON.stringify(p['allowedValue'])}.`,
      };
    case 'discriminator':
      return {
        vi: `Loại phần tử "${String(p['tagValue'])}" không tồn tại.`,
        en: `There is no element type "${String(p['tagValue'])}".`,
      };
    case 'pattern': {
      const known = KNOWN_PATTERNS.get(String(p['pattern']));
      if (known)
        return { vi: `Giá trị phải là ${known[0]}.`, en: `The value must be ${known[1]}.` };
      return {
        vi: `Giá trị không đúng định dạng (mẫu ${String(p['pattern'])}).`,
        en: `The value does not match the expected format (${String(p['pattern'])}).`,
      };
    }
    case 'format':
      return {
        vi: `Giá trị phải theo định dạng ${String(p['format'])}.`,
        en: `The value must be in ${String(p['format'])} format.`,
      };
    case 'minLength':
      return {
        vi: `Cần ít nhất ${String(p['limit'])} ký tự.`,
        en: `At least ${String(p['limit'])} characters are needed.`,
      };
    case 'maxLength':
      return {
        vi: `Không được quá ${String(p['limit'])} ký tự.`,
        en: `At most ${String(p['limit'])} characters are allowed.`,
      };
    case 'minItems':
      return {
        vi: `Cần ít nhất ${String(p['limit'])} mục.`,
        en: `At least ${String(p['limit'])} items are needed.`,
      };
    case 'uniqueItems':
      return {
        vi: `Các mục ${String(p['j'])} và ${String(p['i'])} bị trùng nhau.`,
        en: `Items ${String(p['j'])} and ${String(p['i'])} are duplicates.`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        vi: `Giá trị phải ${String(p['comparison'])} ${String(p['limit'])}.`,
        en: `The value must be ${String(p['comparison'])} ${String(p['limit'])}.`,
      };
    case 'multipleOf':
      return {
        vi: `Giá trị phải là bội số của ${String(p['multipleOf'])}.`,
        en: `The value must be a multiple of ${String(p['multipleOf'])}.`,
      };
    case 'oneOf':
    case 'anyOf':
      return {
        vi: 'Giá trị không khớp với dạng nào được phép.',
        en: 'The value matches none of the allowed forms.',
      };
    default:
      return {
        vi: `Giá trị không hợp lệ (${error.keyword}).`,
        en: `Invalid value (${error.keyword}).`,
      };
  }
}

/** Friendlier wording for the format's own patterns, keyed by the pattern itself. */
const defs = definitionSchema.$defs;
const KNOWN_PATTERNS = new Map<string, [vi: string, en: string]>([
  [defs.SemVer.pattern, ['một số phiên bản dạng 1.2.0', 'a version number like 1.2.0']],
  [
    defs.Slug.pattern,
    [
      'chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dang-ky-ket-hon',
      'lowercase letters, digits and dashes, like dang-ky-ket-hon',
    ],
  ],
  [
    defs.Key.pattern,
    [
      'một định danh: bắt đầu bằng chữ cái, sau đó là chữ cái, chữ số hoặc _',
      'an identifier: a letter, then letters, digits or _',
    ],
  ],
  [
    definitionSchema.properties.code.pattern,
    ['mã thủ tục quốc gia dạng 1.000894', 'a national procedure code like 1.000894'],
  ],
  [
    defs.Accept.items.pattern,
    ['một kiểu tệp (MIME) như application/pdf', 'a media type like application/pdf'],
  ],
]);

const TYPE_NAMES: Record<string, [vi: string, en: string]> = {
  string: ['chuỗi ký tự', 'a string'],
  number: ['số', 'a number'],
  integer: ['số nguyên', 'a whole number'],
  boolean: ['đúng/sai (boolean)', 'true or false'],
  object: ['đối tượng', 'an object'],
  array: ['danh sách', 'a list'],
  null: ['null', 'null'],
};

function translateType(type: string, locale: 'vi' | 'en'): string {
  return type
    .split(',')
    .map((t) => TYPE_NAMES[t]?.[locale === 'vi' ? 0 : 1] ?? t)
    .join(locale === 'vi' ? ' hoặc ' : ' or ');
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values);
}
