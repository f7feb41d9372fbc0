import type { LocalizedMessage } from '@hoso/schema';

type Template = readonly [vi: string, en: string];

/** Messages per change code; `{path}`, `{detail}`, `{from}`, `{to}` are filled in. */
const TEMPLATES: Readonly<Record<string, Template>> = {
  'field.removed': [
    'Đã xóa trường {path}: câu trả lời đã lưu cho trường này sẽ bị bỏ.',
    'The field {path} was removed: saved answers to it are dropped.',
  ],
  'field.added-required': [
    'Thêm trường bắt buộc {path}: hồ sơ và bản nháp cũ chưa có câu trả lời.',
    'A required field {path} was added: existing dossiers and drafts have no answer to it.',
  ],
  'field.added': ['Thêm trường không bắt buộc {path}.', 'An optional field {path} was added.'],
  'field.retyped': [
    'Trường {path} đổi kiểu từ {from} sang {to}: câu trả lời cũ có thể không còn hợp lệ.',
    'The field {path} changed type from {from} to {to}: earlier answers may no longer fit.',
  ],
  'field.moved': [
    'Trường {path} chuyển từ bước {from} sang bước {to}.',
    'The field {path} moved from step {from} to step {to}.',
  ],
  'content.added': ['Thêm nội dung hiển thị {path}.', 'Content {path} was added.'],
  'content.removed': ['Xóa nội dung hiển thị {path}.', 'Content {path} was removed.'],
  'text.changed': ['Đổi văn bản "{detail}" của {path}.', 'The text "{detail}" of {path} changed.'],
  'presentation.changed': [
    'Đổi cách hiển thị "{detail}" của {path}.',
    'The presentation "{detail}" of {path} changed.',
  ],
  'required.added': [
    '{path} trở thành bắt buộc: hồ sơ và bản nháp chưa trả lời sẽ không hợp lệ.',
    '{path} became required: dossiers and drafts without an answer no longer pass.',
  ],
  'required.removed': ['{path} không còn bắt buộc.', '{path} is no longer required.'],
  'required-when.changed': [
    'Điều kiện bắt buộc của {path} được thêm hoặc thay đổi.',
    'The condition that makes {path} required was added or changed.',
  ],
  'required-when.removed': [
    'Bỏ điều kiện bắt buộc của {path}.',
    'The condition that made {path} required was removed.',
  ],
  'visibility.changed': [
    'Điều kiện "{detail}" của {path} được thêm hoặc thay đổi: câu trả lời có thể bị bỏ hoặc trở thành bắt buộc.',
    'The "{detail}" condition of {path} was added or changed: answers may be dropped or become required.',
  ],
  'visibility.removed': [
    'Bỏ điều kiện "{detail}" của {path}.',
    'The "{detail}" condition of {path} was removed.',
  ],
  'constraint.narrowed': [
    'Ràng buộc "{detail}" của {path} chặt hơn ({from} → {to}): câu trả lời cũ có thể không còn hợp lệ.',
    'The "{detail}" constraint of {path} narrowed ({from} → {to}): earlier answers may no longer pass.',
  ],
  'constraint.widened': [
    'Ràng buộc "{detail}" của {path} nới rộng ({from} → {to}).',
    'The "{detail}" constraint of {path} widened ({from} → {to}).',
  ],
  'option.removed': [
    'Bỏ lựa chọn "{detail}" của {path}: câu trả lời đã chọn nó không còn hợp lệ.',
    'The option "{detail}" of {path} was removed: answers that chose it no longer pass.',
  ],
  'option.added': [
    'Thêm lựa chọn "{detail}" cho {path}.',
    'The option "{detail}" was added to {path}.',
  ],
  'check.added': [
    'Thêm kiểm tra "{detail}" cho {path}: câu trả lời cũ có thể không qua được.',
    'The check "{detail}" was added to {path}: earlier answers may fail it.',
  ],
  'check.changed': [
    'Quy tắc của kiểm tra "{detail}" của {path} đã đổi: câu trả lời cũ có thể không qua được.',
    'The rule of the check "{detail}" of {path} changed: earlier answers may fail it.',
  ],
  'check.removed': [
    'Bỏ kiểm tra "{detail}" của {path}.',
    'The check "{detail}" of {path} was removed.',
  ],
  'computed.changed': [
    'Cách tính "{detail}" của {path} đã đổi (giá trị luôn được tính lại).',
    'How {path} is computed ("{detail}") changed (the value is always recomputed).',
  ],
  changed: ['Thay đổi "{detail}" của {path}.', 'The "{detail}" of {path} changed.'],
  'step.removed': [
    'Xóa bước {path}: bản nháp đang ở bước này phải quay lại.',
    'The step {path} was removed: drafts on it have to go back.',
  ],
  'step.added': ['Thêm bước {path}.', 'The step {path} was added.'],
  'step.moved': ['Bước {path} đổi vị trí.', 'The step {path} moved.'],
  'document.removed': [
    'Bỏ thành phần hồ sơ {path}: tệp đã đính kèm sẽ bị bỏ.',
    'The document {path} was removed: attached files are dropped.',
  ],
  'document.added-required': [
    'Thêm thành phần hồ sơ bắt buộc {path}: hồ sơ và bản nháp cũ chưa đính kèm.',
    'A required document {path} was added: existing dossiers and drafts lack it.',
  ],
  'document.added': [
    'Thêm thành phần hồ sơ không bắt buộc {path}.',
    'An optional document {path} was added.',
  ],
  'document.required': [
    'Thành phần hồ sơ {path} trở thành bắt buộc.',
    'The document {path} became required.',
  ],
  'document.not-required': [
    'Thành phần hồ sơ {path} không còn bắt buộc.',
    'The document {path} is no longer required.',
  ],
  'fee.added': [
    'Thêm khoản phí {path}: số tiền người dân phải nộp thay đổi.',
    'The fee {path} was added: what citizens pay changes.',
  ],
  'fee.removed': [
    'Bỏ khoản phí {path}: số tiền người dân phải nộp thay đổi.',
    'The fee {path} was removed: what citizens pay changes.',
  ],
  'fee.changed': [
    'Thay đổi "{detail}" của khoản phí {path}: số tiền người dân phải nộp có thể thay đổi.',
    'The "{detail}" of the fee {path} changed: what citizens pay may change.',
  ],
  'delivery.removed': [
    'Bỏ hình thức nhận kết quả "{detail}": hồ sơ đã chọn nó không còn hợp lệ.',
    'The delivery method "{detail}" was removed: dossiers that chose it no longer pass.',
  ],
  'delivery.added': [
    'Thêm hình thức nhận kết quả "{detail}".',
    'The delivery method "{detail}" was added.',
  ],
  'stage.removed': [
    'Xóa bước xử lý {path}: hồ sơ đang ở bước này không còn chỗ đứng trong quy trình.',
    'The stage {path} was removed: dossiers in it have no place in the flow any more.',
  ],
  'stage.added': ['Thêm bước xử lý {path}.', 'The stage {path} was added.'],
  'flow.changed': [
    'Thay đổi "{detail}" của quy trình xử lý ({path}).',
    'The "{detail}" of the back-office flow ({path}) changed.',
  ],
  'role.added': ['Thêm vai trò {path}.', 'The role {path} was added.'],
  'role.removed': ['Bỏ vai trò {path}.', 'The role {path} was removed.'],
  'procedure.id': [
    'Mã định danh của thủ tục đổi ({from} → {to}): đây là một thủ tục khác.',
    'The procedure id changed ({from} → {to}): this is another procedure.',
  ],
  'procedure.changed': [
    'Thay đổi "{detail}" của thủ tục.',
    'The "{detail}" of the procedure changed.',
  ],
  'legal-basis.added': [
    'Thêm văn bản căn cứ pháp lý {detail}.',
    'The legal document {detail} was added.',
  ],
  'legal-basis.removed': [
    'Bỏ văn bản căn cứ pháp lý {detail}.',
    'The legal document {detail} was removed.',
  ],
};

export interface MessageParams {
  path: string;
  detail?: unknown;
  from?: unknown;
  to?: unknown;
}

export function changeMessage(code: string, params: MessageParams): LocalizedMessage {
  const [vi, en] = TEMPLATES[code] ?? TEMPLATES['changed']!;
  const fill = (text: string): string =>
    text.replace(/\{(path|detail|from|to)\}/g, (_, name: keyof MessageParams) =>
      show(params[name]),
    );
  return { vi: fill(vi), en: fill(en) };
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function hasTemplate(code: string): boolean {
  return Object.hasOwn(TEMPLATES, code);
}
