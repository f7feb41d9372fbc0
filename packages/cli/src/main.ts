import { check, checkUsage } from './commands/check.js';
import { compileCommand, compileUsage } from './commands/compile.js';
import { diff, diffUsage } from './commands/diff.js';
import { resolve, resolveUsage } from './commands/resolve.js';
import { serveUsage } from './commands/serve-usage.js';
import { types, typesUsage } from './commands/types.js';
import { validate, validateUsage } from './commands/validate.js';
import { UsageError, type Io } from './io.js';

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

const HELP = `hoso — check, validate, compile and serve Hoso procedure definitions

usage:
  ${checkUsage}
  ${validateUsage}
  ${typesUsage}
  ${compileUsage}
  ${resolveUsage}
  ${diffUsage}
  ${serveUsage}

exit codes: 0 ok, 1 problems found or data invalid, 2 wrong usage or unreadable input`;

/** Runs the CLI and returns its exit code; every failure becomes one line on stderr. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`hoso: unknown command "${name}" (try hoso --help)`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`hoso ${name}: ${error.message}`);
      return error.exitCode;
    }
    io.err(
      `hoso ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 70;
  }
}
