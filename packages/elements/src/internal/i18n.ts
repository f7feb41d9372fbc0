/** The languages the elements speak. Definition text carries both; UI strings come from here. */
export type Lang = 'vi' | 'en';

/** A definition's text in the chosen language, falling back to Vietnamese (always present). */
export function localize(text: { vi: string; en?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}

/** Reads `lang` the way HTML does: `en`, `en-GB` … are English; everything else Vietnamese. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

const CATALOG = {
  'error.prefix': { vi: 'Lỗi:', en: 'Error:' },
  'field.optional': { vi: '(không bắt buộc)', en: '(optional)' },
  'field.required': {
    vi: 'Trường này là bắt buộc.',
    en: 'This field is required.',
  },
  'field.unsupported': {
    vi: 'Loại trường này chưa được hỗ trợ trong biểu mẫu trực tuyến.',
    en: 'This kind of field is not supported in the online form yet.',
  },
  'choice.placeholder': { vi: '— Chọn —', en: '— Choose —' },
  'money.unit': { vi: 'đồng', en: 'đồng' },
  'step.progress': { vi: 'Bước {n}/{total}', en: 'Step {n} of {total}' },
  'nav.back': { vi: 'Quay lại', en: 'Back' },
  'nav.continue': { vi: 'Tiếp tục', en: 'Continue' },
  'summary.title': { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  'review.title': { vi: 'Kiểm tra thông tin', en: 'Check your answers' },
  'review.change': { vi: 'Thay đổi', en: 'Change' },
  'review.empty': { vi: 'Chưa trả lời', en: 'Not answered' },
  'review.yes': { vi: 'Có', en: 'Yes' },
  'review.no': { vi: 'Không', en: 'No' },
  'review.submit': { vi: 'Nộp hồ sơ', en: 'Submit application' },
  'submitted.title': { vi: 'Đã nộp hồ sơ', en: 'Application submitted' },
  'definition.invalid': {
    vi: 'Không thể hiển thị thủ tục: định nghĩa có lỗi',
    en: 'The procedure cannot be shown: its definition has problems',
  },
  'definition.missing': {
    vi: 'Chưa có định nghĩa thủ tục hoặc bộ kiểm tra dữ liệu.',
    en: 'No procedure definition or data validator was given.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageId = keyof typeof CATALOG;

/** A UI string from the catalog, with `{name}` placeholders filled in. */
export function msg(
  id: MessageId,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return CATALOG[id][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
