import type { Problem } from '@hoso/schema';

/** A message to the person at the terminal, in both languages Hoso ships. */
export interface Message {
  vi: string;
  en: string;
}

export type Lang = keyof Message;

/**
 * The language of the terminal: `HOSO_LANG` (vi or en) when set, else Vietnamese for a `vi`
 * locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */
export function terminalLang(env: NodeJS.ProcessEnv): Lang {
  const chosen = env['HOSO_LANG'];
  if (chosen === 'vi' || chosen === 'en') return chosen;
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Every CLI message that is not a definition problem (those carry their own vi/en). */
export const messages = {
  usage: (usage: string): Message => ({ vi: `cách dùng: ${usage}`, en: `usage: ${usage}` }),
  unknownCommand: (name: string): Message => ({
    vi: `không có lệnh "${name}" (xem hoso --help)`,
    en: `unknown command "${name}" (try hoso --help)`,
  }),
  unknownOption: (name: string): Message => ({
    vi: `không có tuỳ chọn --${name}`,
    en: `unknown option --${name}`,
  }),
  needsValue: (name: string): Message => ({
    vi: `--${name} cần một giá trị`,
    en: `--${name} needs a value`,
  }),
  cannotRead: (path: string, reason: Message): Message => ({
    vi: `không đọc được ${path}: ${reason.vi}`,
    en: `cannot read ${path}: ${reason.en}`,
  }),
  noSuchFile: { vi: 'không có tệp này', en: 'no such file' },
  isDirectory: { vi: 'đây là một thư mục', en: 'it is a directory' },
  permissionDenied: { vi: 'không có quyền đọc', en: 'permission denied' },
  invalidJson: (path: string, detail: string, line?: number, column?: number): Message => ({
    vi: `${path} không phải JSON hợp lệ: ${detail}${line ? ` ở dòng ${line}, cột ${column}` : ''}`,
    en: `${path} is not valid JSON: ${detail}${line ? ` at line ${line}, column ${column}` : ''}`,
  }),
  badToday: (today: string): Message => ({
    vi: `--today phải là một ngày dạng 2026-11-22, không phải "${today}"`,
    en: `--today must be a date like 2026-11-22, not "${today}"`,
  }),
  badPort: { vi: '--port phải từ 0 đến 65535', en: '--port must be 0–65535' },
  /** The first five problems of a definition, each in the message's own language. */
  invalidDefinition: (file: string, problems: readonly Problem[]): Message => {
    const listed = (lang: Lang) =>
      problems
        .slice(0, 5)
        .map((p) => `  ${p.pointer || '/'} [${p.code}] ${p.message[lang]}`)
        .join('\n');
    const more = problems.length - 5;
    return {
      vi:
        `${file} không phải một định nghĩa hợp lệ (chạy hoso check):\n${listed('vi')}` +
        (more > 0 ? `\n  … và ${more} vấn đề nữa` : ''),
      en:
        `${file} is not a valid definition (run hoso check):\n${listed('en')}` +
        (more > 0 ? `\n  … and ${more} more` : ''),
    };
  },
  /** What `hoso serve` says once it listens: where each part is, and which store it uses. */
  serving: (
    url: string,
    parts: { portal: boolean; designer: boolean; postgres: boolean },
  ): Message[] => [
    {
      vi: `Máy chủ tiếp nhận Hoso: ${url}  (trang cán bộ: ${url}/officer)`,
      en: `Hoso intake server: ${url}  (officer page: ${url}/officer)`,
    },
    ...(parts.portal ? [{ vi: `cổng dịch vụ: ${url}/`, en: `portal: ${url}/` }] : []),
    ...(parts.designer
      ? [{ vi: `trình thiết kế: ${url}/designer/`, en: `designer: ${url}/designer/` }]
      : []),
    {
      vi: `API: ${url}/api/procedures  (OpenAPI: ${url}/api/openapi.json)`,
      en: `API: ${url}/api/procedures  (OpenAPI: ${url}/api/openapi.json)`,
    },
    parts.postgres
      ? { vi: 'kho dữ liệu: PostgreSQL tại DATABASE_URL', en: 'store: PostgreSQL at DATABASE_URL' }
      : { vi: 'kho dữ liệu: PGlite nhúng', en: 'store: embedded PGlite' },
  ],
  /** A definition `hoso serve` found but could not publish; the server starts with the others. */
  notPublished: (file: string, reason: Message): Message => ({
    vi: `chưa công bố ${file}: ${reason.vi}`,
    en: `not published: ${file}: ${reason.en}`,
  }),
  unexpected: (detail: string): Message => ({
    vi: `lỗi không lường trước: ${detail}`,
    en: `unexpected error: ${detail}`,
  }),
} as const;
