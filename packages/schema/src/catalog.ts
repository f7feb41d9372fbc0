import type { LocalizedMessage } from './problem.js';

type Params = Readonly<Record<string, unknown>>;
type Template = readonly [vi: string, en: string];

/**
 * Built-in messages, keyed by error code. `{name}` is replaced by the parameter of that name.
 * Definition authors override the data messages per field (`messages` in the definition).
 */
const MESSAGES: Readonly<Record<string, Template>> = {
  // Data errors (a citizen's submission).
  required: ['Vui lòng nhập {label}.', 'Enter {label}.'],
  'required.checkbox': ['Vui lòng đánh dấu {label}.', 'Tick {label}.'],
  'required.choice': ['Vui lòng chọn {label}.', 'Select {label}.'],
  'required.file': ['Vui lòng đính kèm {label}.', 'Attach {label}.'],
  'required.delivery': ['Vui lòng chọn cách nhận kết quả.', 'Choose how to receive the result.'],
  type: ['{label} không đúng kiểu dữ liệu.', '{label} has the wrong type of value.'],
  'unknown-field': [
    'Trường "{field}" không có trong biểu mẫu.',
    'The field "{field}" is not part of this form.',
  ],
  minLength: [
    '{label} phải có ít nhất {limit} ký tự.',
    '{label} must be {limit} characters or more.',
  ],
  maxLength: [
    '{label} không được quá {limit} ký tự.',
    '{label} must be {limit} characters or fewer.',
  ],
  pattern: ['{label} không đúng định dạng.', '{label} is not in the right format.'],
  minimum: ['{label} phải từ {limit} trở lên.', '{label} must be {limit} or more.'],
  maximum: ['{label} không được lớn hơn {limit}.', '{label} must be {limit} or less.'],
  'minimum.date': ['{label} phải từ ngày {limit} trở đi.', '{label} must be on or after {limit}.'],
  'maximum.date': ['{label} không được sau ngày {limit}.', '{label} must be on or before {limit}.'],
  minItems: ['{label} cần ít nhất {limit} mục.', '{label} needs at least {limit} items.'],
  maxItems: ['{label} chỉ được tối đa {limit} mục.', '{label} can have at most {limit} items.'],
  enum: ['{label}: lựa chọn không hợp lệ.', '{label}: choose one of the options.'],
  'format.date': ['{label} phải là một ngày hợp lệ.', '{label} must be a real date.'],
  'format.email': [
    '{label} phải là địa chỉ email hợp lệ, ví dụ ten@example.vn.',
    '{label} must be an email address like name@example.vn.',
  ],
  'format.phone': [
    '{label} phải là số điện thoại Việt Nam hợp lệ, ví dụ 0912345678.',
    '{label} must be a Vietnamese phone number like 0912345678.',
  ],
  'format.citizen-id': ['{label} phải gồm đúng 12 chữ số.', '{label} must be exactly 12 digits.'],
  'format.tax-code': [
    '{label} phải gồm 10 chữ số, 10 chữ số kèm "-" và 3 chữ số, hoặc 12 chữ số.',
    '{label} must be 10 digits, 10 digits followed by "-" and 3 digits, or 12 digits.',
  ],
  format: ['{label} không đúng định dạng.', '{label} is not in the right format.'],
  accept: [
    '{label}: loại tệp không được chấp nhận.',
    '{label}: this type of file is not accepted.',
  ],
  maxSizeBytes: [
    '{label}: mỗi tệp không được lớn hơn {limit}.',
    '{label}: each file must be {limit} or smaller.',
  ],
  'fee-invalid': [
    'Không tính được khoản phí "{fee}": quy tắc không cho ra số tiền hợp lệ.',
    'The fee "{fee}" could not be computed: its rule did not give a valid amount.',
  ],
  'rule-error': [
    'Không đánh giá được quy tắc của {label}: {reason}',
    'The rule of {label} could not be evaluated: {reason}',
  ],
  invalid: ['{label} không hợp lệ.', '{label} is not valid.'],
};

/** The message for `code` with its parameters filled in; unknown codes fall back to `invalid`. */
export function message(code: string, params: Params = {}): LocalizedMessage {
  const template = MESSAGES[code] ?? MESSAGES['invalid']!;
  return {
    vi: sentence(fill(template[0], params, 'vi')),
    en: sentence(fill(template[1], params, 'en')),
  };
}

/** Whether the catalog has its own message for `code`. */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(MESSAGES, code);
}

/** A label that is itself a sentence ("Tôi cam đoan…") must not end the message with "..". */
function sentence(text: string): string {
  return text.replace(/([.!?…])\.$/u, '$1');
}

function fill(template: string, params: Params, locale: 'vi' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      return name === 'label' ? (locale === 'vi' ? 'Trường này' : 'This field') : '';
    if (typeof value === 'object' && value !== null && 'vi' in value) {
      const text = value as Partial<LocalizedMessage>;
      return (locale === 'en' ? (text.en ?? text.vi) : text.vi) ?? '';
    }
    return String(value);
  });
}
