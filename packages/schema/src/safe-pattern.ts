import { findBacktrackingRisk, type BacktrackingRisk } from './safe-pattern/backtracking.js';
import { parseRegex } from './safe-pattern/parse-regex.js';
import { PatternRejection } from './safe-pattern/regex-ast.js';

export type PatternVerdict =
  { ok: true } | { ok: false; code: string; message: { vi: string; en: string } };

type RejectionCode = 'syntax' | 'backreference' | 'lookaround' | BacktrackingRisk;

const MESSAGES: Record<Exclude<RejectionCode, 'syntax'>, { vi: string; en: string }> = {
  backreference: {
    vi: 'Không dùng tham chiếu ngược (\\1, \\k<tên>): nhiều hệ thống kiểm tra khác (như RE2) không hỗ trợ, và nó có thể làm việc kiểm tra chậm đi rất nhiều.',
    en: 'Backreferences (\\1, \\k<name>) are not allowed: other validators (such as RE2) do not support them, and they can make checking very slow.',
  },
  lookaround: {
    vi: 'Không dùng phép nhìn trước/nhìn sau ((?=…), (?!…), (?<=…), (?<!…)): các hệ thống kiểm tra khác (như RE2) không hỗ trợ. Hãy tách thành nhiều điều kiện riêng.',
    en: 'Lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not allowed: other validators (such as RE2) do not support them. Split the check into separate conditions.',
  },
  'nested-quantifier': {
    vi: 'Biểu thức có phép lặp lồng trong phép lặp khác (như (a+)+ hoặc (\\w+\\s?)*): một chuỗi dài gõ sai có thể làm việc kiểm tra chạy gần như vô tận. Hãy để mỗi lần lặp bắt đầu bằng một ký tự phân cách bắt buộc, ví dụ [a-z0-9]+(?:-[a-z0-9]+)*.',
    en: 'A repetition is nested inside another (such as (a+)+ or (\\w+\\s?)*): one long mistyped value can make checking run almost forever. Make each repetition start with a mandatory separator, e.g. [a-z0-9]+(?:-[a-z0-9]+)*.',
  },
  'ambiguous-alternation': {
    vi: 'Biểu thức lặp lại một phép chọn (|) mà các nhánh có thể khớp cùng một đoạn văn bản (như (a|ab)*): việc kiểm tra có thể chạy gần như vô tận. Hãy dùng lớp ký tự ([ab]) hoặc cho mỗi lần lặp một ký tự phân cách bắt buộc.',
    en: 'An alternation (|) whose branches can match the same text is repeated (such as (a|ab)*): checking can run almost forever. Use a character class ([ab]) or give each repetition a mandatory separator.',
  },
  'adjacent-quantifiers': {
    vi: 'Hai phép lặp không giới hạn đứng liền nhau và có thể khớp cùng ký tự (như \\d*\\d* hoặc .*x.*): việc kiểm tra chậm dần rất nhanh theo độ dài. Hãy gộp chúng lại hoặc đặt giữa chúng một ký tự bắt buộc khác loại.',
    en: 'Two unbounded repetitions follow each other and can match the same characters (such as \\d*\\d* or .*x.*): checking slows down sharply with length. Merge them or put a mandatory character of another kind between them.',
  },
};

function syntaxMessage(detail: string): { vi: string; en: string } {
  return {
    vi: `Biểu thức chính quy không hợp lệ (${detail}).`,
    en: `The regular expression is not valid (${detail}).`,
  };
}

function reject(code: RejectionCode, detail: string): PatternVerdict {
  const message = code === 'syntax' ? syntaxMessage(detail) : MESSAGES[code];
  return { ok: false, code: `pattern-${code}`, message };
}

/**
 * Whether an analyst's `pattern` is safe to put in a data schema: valid in JavaScript `u` mode
 * (what ajv compiles), portable to other back ends (no backreferences, no lookaround) and free
 * of the shapes that backtrack catastrophically. See safe-pattern/backtracking.ts for the rules.
 */
export function checkPattern(pattern: string): PatternVerdict {
  let parsed;
  try {
    parsed = parseRegex(pattern);
  } catch (error) {
    if (!(error instanceof PatternRejection)) throw error;
    if (error.reason !== 'syntax') return reject(error.reason, error.message);
  }
  const engineError = compileError(pattern);
  if (engineError !== undefined) return reject('syntax', engineError);
  if (parsed === undefined) return reject('syntax', 'unsupported syntax');
  const risk = findBacktrackingRisk(parsed);
  return risk === undefined ? { ok: true } : reject(risk, risk);
}

/** The engine has the last word on syntax: the parser above only needs to be as strict. */
function compileError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
