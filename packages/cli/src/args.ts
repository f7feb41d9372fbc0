import { UsageError } from './io.js';
import { messages } from './messages.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/**
 * A small argument parser: `--name value`, `--name=value` and boolean `--name`. Only the flags a
 * command declares are accepted, so a typo is an error rather than silently ignored.
 */
export function parseArgs(
  argv: readonly string[],
  declared: Readonly<Record<string, 'boolean' | 'string'>>,
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = declared[name];
    if (kind === undefined) throw new UsageError(messages.unknownOption(name));
    if (kind === 'boolean') {
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(messages.needsValue(name));
    flags.set(name, value);
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
