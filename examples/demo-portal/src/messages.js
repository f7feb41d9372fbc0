// Every string the portal shows, in Vietnamese and English. Text written by analysts (procedure
// titles, stage names) comes from the definitions and is rendered as text, never as HTML.

export const MESSAGES = {
  vi: {
    portalName: 'Cổng dịch vụ công tỉnh Hoso',
    portalTagline: 'Bản trình diễn: nộp và tra cứu hồ sơ trực tuyến',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    navMain: 'Điều hướng chính',
    navProcedures: 'Thủ tục hành chính',
    navTrack: 'Tra cứu hồ sơ',
    proceduresTitle: 'Thủ tục hành chính trực tuyến',
    proceduresIntro: 'Chọn một thủ tục để điền tờ khai, đính kèm giấy tờ và nộp hồ sơ.',
    loading: 'Đang tải…',
    noProcedures: 'Chưa có thủ tục nào được công bố.',
    procedureCode: 'Mã thủ tục',
    version: 'Phiên bản',
    serviceLevelFull: 'Toàn trình',
    serviceLevelPartial: 'Một phần',
    serviceLevel: 'Mức độ',
    agency: 'Cơ quan thực hiện',
    processingTime: 'Thời hạn giải quyết',
    workingDays: (n) => `${n} ngày làm việc`,
    backToProcedures: 'Quay lại danh sách thủ tục',
    submittedNotice: 'Hồ sơ đã được tiếp nhận. Hãy giữ mã hồ sơ và mã tra cứu để theo dõi.',
    trackThisDossier: 'Tra cứu hồ sơ này',
    trackTitle: 'Tra cứu tình trạng hồ sơ',
    trackIntro:
      'Nhập mã hồ sơ và mã tra cứu ghi trên giấy tiếp nhận, hoặc số định danh cá nhân của người nộp.',
    dossierCode: 'Mã hồ sơ',
    dossierCodeHint: 'Ví dụ: 000.00.20.H26-261123-0001',
    proof: 'Mã tra cứu hoặc số định danh cá nhân',
    trackButton: 'Tra cứu',
    stage: 'Giai đoạn hiện tại',
    outcome: 'Kết quả',
    receivedOn: 'Ngày tiếp nhận',
    dueOn: 'Ngày hẹn trả kết quả',
    pausedSince: 'Tạm dừng chờ bổ sung từ ngày',
    history: 'Quá trình xử lý',
    historyAt: 'Thời điểm',
    historyAction: 'Thao tác',
    historyTo: 'Chuyển đến',
    historyNote: 'Ghi chú',
    actionSubmit: 'Công dân nộp hồ sơ',
    fieldMissing: (label) => `Cần nhập ${label.toLowerCase()}.`,
    errorTitle: 'Có lỗi',
    networkError: 'Không kết nối được máy chủ; vui lòng thử lại.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Địa chỉ này không có trên cổng.',
  },
  en: {
    portalName: 'Hoso Province public service portal',
    portalTagline: 'A demonstration: submit and track dossiers online',
    skipToContent: 'Skip to main content',
    switchLanguage: 'Tiếng Việt',
    switchLanguageLabel: 'Chuyển sang tiếng Việt',
    navMain: 'Main navigation',
    navProcedures: 'Procedures',
    navTrack: 'Track a dossier',
    proceduresTitle: 'Online public-service procedures',
    proceduresIntro: 'Choose a procedure to fill in the form, attach documents and submit.',
    loading: 'Loading…',
    noProcedures: 'No procedure has been published yet.',
    procedureCode: 'Procedure code',
    version: 'Version',
    serviceLevelFull: 'Fully online',
    serviceLevelPartial: 'Partly online',
    serviceLevel: 'Service level',
    agency: 'Competent agency',
    processingTime: 'Processing time',
    workingDays: (n) => `${n} working day${n === 1 ? '' : 's'}`,
    backToProcedures: 'Back to the procedures',
    submittedNotice:
      'Your dossier has been received. Keep its code and tracking secret to follow it.',
    trackThisDossier: 'Track this dossier',
    trackTitle: 'Track the status of a dossier',
    trackIntro:
      "Enter the dossier code and the tracking secret from the receipt, or the applicant's personal identification number.",
    dossierCode: 'Dossier code',
    dossierCodeHint: 'For example: 000.00.20.H26-261123-0001',
    proof: 'Tracking secret or personal identification number',
    trackButton: 'Track',
    stage: 'Current stage',
    outcome: 'Outcome',
    receivedOn: 'Received on',
    dueOn: 'Result due on',
    pausedSince: 'Paused for supplements since',
    history: 'History',
    historyAt: 'When',
    historyAction: 'Action',
    historyTo: 'Moved to',
    historyNote: 'Note',
    actionSubmit: 'Submitted by the citizen',
    fieldMissing: (label) => `Enter the ${label.toLowerCase()}.`,
    errorTitle: 'There is a problem',
    networkError: 'The server could not be reached; please try again.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist on the portal.',
  },
};

/** The message `key` in `lang`; functions take the values they name. */
export function t(lang, key, ...args) {
  const value = MESSAGES[lang][key];
  return typeof value === 'function' ? value(...args) : value;
}

/** Analyst-written text (`{ vi, en? }`): English when asked and given, else Vietnamese. */
export function localize(text, lang) {
  if (typeof text === 'string') return text;
  return (lang === 'en' && text?.en) || text?.vi || '';
}

/** An ISO date (`2026-11-23`) as written in Viet Nam (`23/11/2026`). */
export function dayMonthYear(iso) {
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return d && m && y ? `${d}/${m}/${y}` : String(iso);
}

/** An ISO instant in Viet Nam's time zone, `dd/mm/yyyy hh:mm`. */
export function dateTime(iso, lang) {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}
