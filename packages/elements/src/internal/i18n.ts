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
  'address.province': { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  'address.commune': { vi: 'Xã, phường, đặc khu', en: 'Commune or ward' },
  'address.street': {
    vi: 'Số nhà, đường, thôn, tổ dân phố',
    en: 'House number, street, village or residential group',
  },
  'address.provinceCode': { vi: 'Mã tỉnh, thành phố', en: 'Province or city code' },
  'address.communeCode': { vi: 'Mã xã, phường, đặc khu', en: 'Commune or ward code' },
  'address.provinceCodeHint': {
    vi: 'Gồm 2 chữ số, ví dụ 01.',
    en: 'Two digits, for example 01.',
  },
  'address.communeCodeHint': {
    vi: 'Gồm 5 chữ số, ví dụ 00004.',
    en: 'Five digits, for example 00004.',
  },
  'address.codeInvalid': {
    vi: 'Mã tỉnh có 2 chữ số và mã xã có 5 chữ số.',
    en: 'A province code has 2 digits and a commune code 5 digits.',
  },
  'address.chooseProvinceFirst': {
    vi: 'Chọn tỉnh, thành phố trước.',
    en: 'Choose the province or city first.',
  },
  'address.loading': {
    vi: 'Đang tải danh sách đơn vị hành chính…',
    en: 'Loading the list of administrative units…',
  },
  'address.loadFailed': {
    vi: 'Không tải được danh sách đơn vị hành chính; hãy nhập mã tỉnh và mã xã.',
    en: 'The list of administrative units could not be loaded; enter the province and commune codes.',
  },
  'repeater.item': { vi: 'Mục thứ {n}', en: 'Item {n}' },
  'repeater.add': { vi: 'Thêm mục', en: 'Add another' },
  'repeater.remove': { vi: 'Xoá', en: 'Remove' },
  'repeater.moveUp': { vi: 'Chuyển lên', en: 'Move up' },
  'repeater.moveDown': { vi: 'Chuyển xuống', en: 'Move down' },
  'repeater.empty': { vi: 'Chưa có mục nào.', en: 'Nothing added yet.' },
  'repeater.full': {
    vi: 'Đã đủ số mục tối đa ({max}).',
    en: 'This is the most allowed ({max}).',
  },
  'repeater.added': { vi: 'Đã thêm {item}.', en: '{item} added.' },
  'repeater.removed': {
    vi: 'Đã xoá {item}. Còn {count} mục.',
    en: '{item} removed. {count} left.',
  },
  'repeater.moved': {
    vi: 'Đã chuyển sang vị trí {n} trên {count}.',
    en: 'Moved to position {n} of {count}.',
  },
  'units.invalid': {
    vi: 'Không dùng được dữ liệu đơn vị hành chính tại {where}: {why}',
    en: 'The administrative-units data cannot be used at {where}: {why}',
  },
  'units.object': { vi: 'cần một đối tượng JSON', en: 'a JSON object is expected' },
  'units.list': { vi: 'cần một mảng', en: 'an array is expected' },
  'units.unit': {
    vi: 'mỗi đơn vị cần "code" và "name" là chuỗi',
    en: 'each unit needs "code" and "name" strings',
  },
  'units.province': { vi: 'mã tỉnh phải có 2 chữ số', en: 'a province code has 2 digits' },
  'units.commune': { vi: 'mã xã phải có 5 chữ số', en: 'a commune code has 5 digits' },
  'units.unknownProvince': {
    vi: 'không có tỉnh nào mang mã này',
    en: 'no province has this code',
  },
  'units.network': { vi: 'lỗi mạng', en: 'network error' },
  'units.status': { vi: 'máy chủ trả lời {status}', en: 'the server answered {status}' },
  'units.notJson': { vi: 'nội dung không phải JSON', en: 'the answer is not JSON' },
  'units.mismatch': {
    vi: 'đây là tập dữ liệu "{got}", trường cần "{want}"',
    en: 'this is the data set "{got}", the field asks for "{want}"',
  },
  'computed.empty': { vi: 'Chưa tính được', en: 'Not worked out yet' },
  'computed.changed': { vi: '{label}: {value}', en: '{label}: {value}' },
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
