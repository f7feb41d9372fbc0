import { check, checkUsage } from './commands/check.js';
import { compileCommand, compileUsage } from './commands/compile.js';
import { diff, diffUsage } from './commands/diff.js';
import { resolve, resolveUsage } from './commands/resolve.js';
import { serveUsage } from './commands/serve-usage.js';
import { types, typesUsage } from './commands/types.js';
import { validate, validateUsage } from './commands/validate.js';
import { UsageError, type Io } from './io.js';
import { messages, type Lang } from './messages.js';

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  check,
  validate,
  types,
  compile: compileCommand,
  resolve,
  diff,
  // Loaded on demand: the server brings PostgreSQL drivers the other commands do not need.
  serve: async (argv, io) => (await import('./commands/serve.js')).serve(argv, io),
};

const USAGES = [
  checkUsage,
  validateUsage,
  typesUsage,
  compileUsage,
  resolveUsage,
  diffUsage,
  serveUsage,
].map((usage) => `  ${usage}`);

const HELP: Record<Lang, string> = {
  vi: `hoso — kiểm tra, xác thực, biên dịch và phục vụ các định nghĩa thủ tục Hoso

cách dùng:
${USAGES.join('\n')}

mã thoát: 0 không có lỗi, 1 định nghĩa có vấn đề hoặc dữ liệu không hợp lệ, 2 dùng sai hoặc không đọc được đầu vào`,
  en: `hoso — check, validate, compile and serve Hoso procedure definitions

usage:
${USAGES.join('\n')}

exit codes: 0 ok, 1 problems found or data invalid, 2 wrong usage or unreadable input`,
};

/**
 * Runs the CLI and returns its exit code; every failure becomes one message on stderr, in the
 * terminal's language (`HOSO_LANG`, else the locale).
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = io.lang ?? 'en';
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP[lang]);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`hoso: ${messages.unknownCommand(name)[lang]}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`hoso ${name}: ${error.text[lang]}`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`hoso ${name}: ${messages.unexpected(detail)[lang]}`);
    return 70;
  }
}
