import type { LocalizedMessage } from '@hoso/schema';
import type { DraftFinding } from './carry-draft.js';

/*
 * The one wording of draft-migration findings. `migrateCompiledDraft` attaches it for the server
 * and other portals, and `<hoso-procedure>` shows the same sentences, so what a citizen reads
 * cannot drift between them. The sentences name fields by label only: data paths (`$delivery`,
 * `children.0.age`) mean nothing to a citizen, so an unlabelled field gets a neutral sentence.
 */
const SENTENCES = {
  'not-an-object': {
    vi: 'Bản nháp không phải là một đối tượng dữ liệu; không giữ lại được câu trả lời nào.',
    en: 'The draft is not a data object; no answer could be kept.',
  },
  'delivery-removed': {
    vi: 'Phiên bản mới của thủ tục không còn cách nhận kết quả “{method}”; vui lòng chọn lại cách nhận kết quả.',
    en: 'The new version of the procedure no longer offers “{method}” for receiving the result; please choose again how to receive it.',
  },
  'delivery-removed-unnamed': {
    vi: 'Phiên bản mới của thủ tục không còn cách nhận kết quả bạn đã chọn; vui lòng chọn lại cách nhận kết quả.',
    en: 'The new version of the procedure no longer offers the way of receiving the result you chose; please choose again.',
  },
  'document-removed': {
    vi: 'Phiên bản mới của thủ tục không còn yêu cầu một giấy tờ bạn đã đính kèm; tệp đã được bỏ.',
    en: 'The new version of the procedure no longer asks for a document you attached; its files were removed.',
  },
  removed: {
    vi: 'Phiên bản mới của thủ tục không còn câu hỏi “{field}”; câu trả lời đã được bỏ.',
    en: 'The new version of the procedure no longer asks “{field}”; its answer was removed.',
  },
  'removed-unnamed': {
    vi: 'Phiên bản mới của thủ tục không còn một câu hỏi bạn đã trả lời; câu trả lời đó đã được bỏ.',
    en: 'The new version of the procedure no longer asks a question you answered; that answer was removed.',
  },
  retyped: {
    vi: 'Câu hỏi “{field}” nay cần một kiểu câu trả lời khác; câu trả lời cũ đã được bỏ, hãy trả lời lại.',
    en: 'The question “{field}” now takes another kind of answer; the old answer was removed, please answer again.',
  },
  'retyped-unnamed': {
    vi: 'Một câu hỏi nay cần một kiểu câu trả lời khác; câu trả lời cũ đã được bỏ, hãy trả lời lại.',
    en: 'A question now takes another kind of answer; the old answer was removed, please answer again.',
  },
  'newly-required': {
    vi: 'Phiên bản mới của thủ tục cần thêm thông tin ở “{field}”: {error}',
    en: 'The new version of the procedure asks for more at “{field}”: {error}',
  },
  'newly-required-unnamed': {
    vi: 'Phiên bản mới của thủ tục cần thêm thông tin: {error}',
    en: 'The new version of the procedure asks for more: {error}',
  },
  invalid: {
    vi: 'Câu trả lời cho “{field}” không còn hợp lệ ở phiên bản mới: {error}',
    en: 'The answer to “{field}” no longer passes in the new version: {error}',
  },
  'invalid-unnamed': {
    vi: 'Một câu trả lời không còn hợp lệ ở phiên bản mới: {error}',
    en: 'An answer no longer passes in the new version: {error}',
  },
  hidden: {
    vi: 'Câu hỏi “{field}” không còn hiện với các câu trả lời hiện tại, nên câu trả lời của nó sẽ không được nộp.',
    en: 'The question “{field}” is no longer shown for your current answers, so its answer will not be submitted.',
  },
  'hidden-unnamed': {
    vi: 'Một câu hỏi không còn hiện với các câu trả lời hiện tại, nên câu trả lời của nó sẽ không được nộp.',
    en: 'A question is no longer shown for your current answers, so its answer will not be submitted.',
  },
} as const satisfies Record<string, LocalizedMessage>;

/** The delivery methods of the definition format, as citizens know them. */
const DELIVERY_METHODS: Record<string, LocalizedMessage> = {
  counter: { vi: 'nhận trực tiếp tại bộ phận một cửa', en: 'at the one-stop counter' },
  post: { vi: 'qua dịch vụ bưu chính công ích', en: 'by public postal service' },
  online: { vi: 'nhận bản điện tử trực tuyến', en: 'online, as an electronic result' },
};

type SentenceId = keyof typeof SENTENCES;

/** A sentence for the citizen that names the field and says what happened to the answer. */
export function attentionMessage(finding: DraftFinding, draftData: unknown): LocalizedMessage {
  const { path, code, label, error } = finding;
  if (path === '') return say('not-an-object');
  if (path === '$delivery' && code === 'removed') {
    const method = (draftData as { $delivery?: unknown }).$delivery;
    const name = typeof method === 'string' ? DELIVERY_METHODS[method] : undefined;
    return name ? say('delivery-removed', { method: name }) : say('delivery-removed-unnamed');
  }
  if (path.startsWith('$documents.') && code === 'removed') return say('document-removed');
  const values = {
    ...(label ? { field: label } : {}),
    ...(error ? { error: error.message } : {}),
  };
  return say(label ? code : `${code}-unnamed`, values);
}

function say(id: SentenceId, values: Record<string, LocalizedMessage> = {}): LocalizedMessage {
  const fill = (lang: 'vi' | 'en'): string =>
    SENTENCES[id][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name]?.[lang] ?? '');
  return { vi: fill('vi'), en: fill('en') };
}
