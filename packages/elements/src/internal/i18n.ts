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
  'date.example': { vi: 'Ví dụ: 25/12/1990', en: 'For example: 25/12/1990' },
  'date.choose': { vi: 'Chọn ngày', en: 'Choose date' },
  'date.badInput': {
    vi: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 25/12/1990.',
    en: 'Enter the date as dd/mm/yyyy, for example 25/12/1990.',
  },
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
  // <hoso-procedure>: documents, fees, delivery, posting, drafts, loading
  'file.empty': { vi: 'Tệp {name} trống.', en: 'The file {name} is empty.' },
  'file.type': {
    vi: 'Tệp {name} không đúng loại. Chỉ nhận tệp {types}.',
    en: 'The file {name} is not of an accepted type. It must be {types}.',
  },
  'file.size': {
    vi: 'Tệp {name} quá lớn. Mỗi tệp tối đa {max}.',
    en: 'The file {name} is too large. Each file must be at most {max}.',
  },
  'file.too-many': {
    vi: 'Chỉ được đính kèm tối đa {max} tệp.',
    en: 'You can attach at most {max} files.',
  },
  'file.added': { vi: 'Đã đính kèm {name}.', en: '{name} attached.' },
  'file.replaced': { vi: 'Đã thay {old} bằng {name}.', en: '{old} replaced by {name}.' },
  'file.removed': { vi: 'Đã xoá {name}.', en: '{name} removed.' },
  'file.limit.types': { vi: 'Loại tệp: {types}', en: 'File types: {types}' },
  'file.limit.size': { vi: 'tối đa {max} mỗi tệp', en: 'at most {max} each' },
  'file.limit.one': { vi: 'một tệp', en: 'one file' },
  'file.limit.count': { vi: 'tối đa {max} tệp', en: 'up to {max} files' },
  'file.list': { vi: 'Tệp đã đính kèm', en: 'Attached files' },
  'file.none': { vi: 'Không có tệp đính kèm.', en: 'No files attached.' },
  'file.replace': { vi: 'Thay tệp', en: 'Replace' },
  'file.remove': { vi: 'Xoá', en: 'Remove' },
  'document.form.original': { vi: 'Bản chính', en: 'Original' },
  'document.form.certified-copy': { vi: 'Bản sao chứng thực', en: 'Certified copy' },
  'document.form.copy': { vi: 'Bản sao', en: 'Copy' },
  'document.form.electronic': { vi: 'Bản điện tử', en: 'Electronic document' },
  'document.copies': { vi: '{n} bản', en: '{n} copies' },
  'documents.title': { vi: 'Giấy tờ kèm theo', en: 'Documents' },
  'documents.intro': {
    vi: 'Đính kèm bản chụp hoặc bản quét rõ nét của từng giấy tờ.',
    en: 'Attach a clear photo or scan of each document.',
  },
  'documents.not-saved': {
    vi: 'Tệp đính kèm không được lưu trong bản nháp: nếu bạn rời trang, hãy đính kèm lại khi quay lại.',
    en: 'Attached files are not kept in your draft: if you leave this page, attach them again when you come back.',
  },
  'fees.title': { vi: 'Phí, lệ phí', en: 'Fees and charges' },
  'fees.item': { vi: 'Khoản', en: 'Item' },
  'fees.amount': { vi: 'Số tiền', en: 'Amount' },
  'fees.total': { vi: 'Tổng cộng', en: 'Total' },
  'fees.kind.fee': { vi: 'lệ phí', en: 'fee' },
  'fees.kind.charge': { vi: 'phí', en: 'charge' },
  'fees.changed': { vi: 'Tổng phí, lệ phí nay là {total}.', en: 'The total is now {total}.' },
  'delivery.title': { vi: 'Nhận kết quả', en: 'Receiving the result' },
  'delivery.label': {
    vi: 'Bạn muốn nhận kết quả bằng cách nào?',
    en: 'How do you want to receive the result?',
  },
  'delivery.counter': { vi: 'Nhận trực tiếp tại bộ phận một cửa', en: 'At the one-stop counter' },
  'delivery.post': { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public postal service' },
  'delivery.online': { vi: 'Nhận bản điện tử trực tuyến', en: 'Online, as an electronic result' },
  'review.documents': { vi: 'Giấy tờ kèm theo', en: 'Documents' },
  'review.no-files': { vi: 'Chưa đính kèm', en: 'Not attached' },
  'review.delivery': { vi: 'Cách nhận kết quả', en: 'Receiving the result' },
  'submit.sending': { vi: 'Đang gửi hồ sơ…', en: 'Sending your application…' },
  'submit.failed': {
    vi: 'Chưa gửi được hồ sơ. Kiểm tra kết nối mạng rồi bấm “Nộp hồ sơ” để thử lại; hồ sơ sẽ không bị nộp hai lần.',
    en: 'Your application could not be sent. Check your connection and select “Submit application” to try again; it will not be submitted twice.',
  },
  'submit.refused': {
    vi: 'Máy chủ chưa nhận hồ sơ: {reason}',
    en: 'The server did not accept the application: {reason}',
  },
  'receipt.title': { vi: 'Đã nộp hồ sơ', en: 'Application submitted' },
  'receipt.code': { vi: 'Mã hồ sơ của bạn', en: 'Your application code' },
  'receipt.received': { vi: 'Ngày tiếp nhận', en: 'Received on' },
  'receipt.due': { vi: 'Ngày hẹn trả kết quả', en: 'Result due on' },
  'receipt.documents': { vi: 'Số tệp đã nộp', en: 'Files received' },
  'receipt.secret': { vi: 'Mã tra cứu', en: 'Tracking secret' },
  'receipt.track.secret': {
    vi: 'Ghi lại mã hồ sơ và mã tra cứu: bạn cần cả hai để tra cứu tình trạng hồ sơ.',
    en: 'Write down the application code and the tracking secret: you need both to check the status of your application.',
  },
  'receipt.track.id': {
    vi: 'Ghi lại mã hồ sơ: bạn tra cứu tình trạng hồ sơ bằng mã này và số định danh cá nhân của người nộp.',
    en: "Write down the application code: you check your application's status with it and the applicant's ID number.",
  },
  'load.loading': { vi: 'Đang tải thủ tục…', en: 'Loading the procedure…' },
  'load.failed': {
    vi: 'Không tải được thủ tục từ {url} ({reason}). Hãy thử lại sau.',
    en: 'The procedure could not be loaded from {url} ({reason}). Please try again later.',
  },
  'load.validator-failed': {
    vi: 'Không tải được bộ kiểm tra dữ liệu từ {url}. Hãy thử lại sau.',
    en: 'The data validator could not be loaded from {url}. Please try again later.',
  },
  'load.checker-failed': {
    vi: 'Không tải được bộ kiểm tra định nghĩa thủ tục. Hãy thử lại sau.',
    en: 'The procedure definition checker could not be loaded. Please try again later.',
  },
  'load.not-json': { vi: 'nội dung không phải JSON', en: 'the answer is not JSON' },
  'load.network': { vi: 'lỗi mạng', en: 'network error' },
  'load.title': { vi: 'Không thể hiển thị thủ tục', en: 'The procedure cannot be shown' },
  'draft.restored': {
    vi: 'Chúng tôi đã khôi phục các câu trả lời bạn lưu lúc {time}. Tệp đính kèm không được lưu: hãy đính kèm lại.',
    en: 'We restored the answers you saved at {time}. Attached files are not saved: attach them again.',
  },
  'draft.migrated': {
    vi: 'Thủ tục đã được cập nhật (phiên bản {from} → {to}) từ khi bạn lưu bản nháp. Hãy xem lại các câu trả lời sau:',
    en: 'The procedure has been updated (version {from} → {to}) since you saved your draft. Please check these answers again:',
  },
  'draft.start-again': { vi: 'Làm lại từ đầu', en: 'Start again' },
  'draft.dismiss': { vi: 'Đóng thông báo', en: 'Dismiss' },
  'draft.notice': { vi: 'Bản nháp', en: 'Draft' },
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
