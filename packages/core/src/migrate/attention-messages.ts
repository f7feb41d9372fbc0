import type { LocalizedMessage } from '@hoso/schema';
import type { DraftFinding } from './carry-draft.js';

/** A sentence for the citizen that names the field and says what happened to the answer. */
export function attentionMessage(finding: DraftFinding, draftData: unknown): LocalizedMessage {
  const { path, code, label, error } = finding;
  const field = label
    ? { vi: `"${label.vi}" (${path})`, en: `"${label.en}" (${path})` }
    : { vi: path, en: path };
  if (path === '')
    return {
      vi: 'Bản nháp không phải là một đối tượng dữ liệu; không giữ lại được câu trả lời nào.',
      en: 'The draft is not a data object; no answer could be kept.',
    };
  if (path === '$delivery' && code === 'removed') {
    const method = JSON.stringify((draftData as { $delivery?: unknown }).$delivery);
    return {
      vi: `Phiên bản mới của thủ tục không còn hình thức nhận kết quả ${method}; vui lòng chọn lại.`,
      en: `The new version of the procedure no longer offers the delivery method ${method}; please choose again.`,
    };
  }
  switch (code) {
    case 'removed':
      return {
        vi: `Phiên bản mới của thủ tục không còn trường ${field.vi}; câu trả lời đã bị bỏ.`,
        en: `The new version of the procedure no longer has the field ${field.en}; the answer was dropped.`,
      };
    case 'retyped':
      return {
        vi: `Trường ${field.vi} đã đổi kiểu dữ liệu ở phiên bản mới; câu trả lời cũ đã bị bỏ, vui lòng trả lời lại.`,
        en: `The field ${field.en} takes another kind of answer in the new version; the old answer was dropped, please answer again.`,
      };
    case 'newly-required':
      return {
        vi: `Phiên bản mới của thủ tục cần thêm thông tin: ${error!.message.vi}`,
        en: `The new version of the procedure asks for more: ${error!.message.en}`,
      };
    case 'invalid':
      return {
        vi: `Câu trả lời không còn hợp lệ ở phiên bản mới: ${error!.message.vi}`,
        en: `The answer no longer passes in the new version: ${error!.message.en}`,
      };
    case 'hidden':
      return {
        vi: `Ở phiên bản mới, trường ${field.vi} đang bị ẩn với các câu trả lời hiện tại nên câu trả lời này sẽ không được nộp.`,
        en: `In the new version the field ${field.en} is hidden for the current answers, so this answer will not be submitted.`,
      };
  }
}
