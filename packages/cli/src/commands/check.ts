import { checkDefinition } from '@hoso/schema';
import { parseArgs } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { messages } from '../messages.js';
import { readJson } from '../read-json.js';

export const checkUsage = 'hoso check <definition.json>... [--json]';

/** `hoso check`: every problem of each definition; exit 1 when any has problems. */
export async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean' });
  if (args.positionals.length === 0) throw new UsageError(messages.usage(checkUsage));
  const reports = [];
  for (const file of args.positionals) {
    reports.push({ file, ...checkDefinition(await readJson(file)) });
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  } else {
    for (const { file, valid, problems } of reports) {
      if (valid) {
        io.out(`✓ ${file}: no problems`);
        continue;
      }
      io.out(`✗ ${file}: ${problems.length} problem(s)`);
      for (const p of problems) {
        io.out(
          `  ${p.pointer || '/'}  [${p.code}]\n    vi: ${p.message.vi}\n    en: ${p.message.en}`,
        );
      }
    }
  }
  return reports.every((r) => r.valid) ? 0 : 1;
}
