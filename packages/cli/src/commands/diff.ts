import {
  bumpVersion,
  diffDefinitions,
  formatVersion,
  isVersionSufficient,
  parseVersion,
} from '@hoso/core';
import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import { parseArgs } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { messages } from '../messages.js';
import { readJson } from '../read-json.js';

export const diffUsage = 'hoso diff <old.json> <new.json> [--json] [--check]';

/**
 * `hoso diff`: every change between two versions of a definition, classified, and the version
 * bump they need. Exit 0; with --check, exit 1 when the new version number is lower than needed.
 */
export async function diff(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean', check: 'boolean' });
  const [oldFile, newFile, ...extra] = args.positionals;
  if (!oldFile || !newFile || extra.length > 0) throw new UsageError(messages.usage(diffUsage));
  const before = await readJson(oldFile);
  const after = await readJson(newFile);
  const result = diffOrExplain([before, oldFile], [after, newFile]);
  const from = (before as ProcedureDefinition).version;
  const to = (after as ProcedureDefinition).version;
  const minimum = formatVersion(bumpVersion(parseVersion(from)!, result.bump));
  const sufficient = isVersionSufficient(from, to, result.changes);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        {
          from,
          to,
          bump: result.bump,
          minimumVersion: minimum,
          sufficient,
          changes: result.changes,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(`${from} → ${to}: ${result.changes.length} change(s), bump required: ${result.bump}`);
    for (const c of result.changes) {
      const mark = c.kind === 'breaking' ? '✗ breaking ' : '· compatible';
      io.out(
        `  ${mark} ${c.bump.padEnd(5)} [${c.code}] ${c.path}\n    vi: ${c.message.vi}\n    en: ${c.message.en}`,
      );
    }
    io.out(
      sufficient
        ? `✓ ${to} is high enough (at least ${minimum} is needed)`
        : `✗ ${to} is too low: these changes need at least ${minimum}`,
    );
  }
  return args.flags.has('check') && !sufficient ? 1 : 0;
}

function diffOrExplain(
  [before, oldFile]: [unknown, string],
  [after, newFile]: [unknown, string],
): ReturnType<typeof diffDefinitions> {
  for (const [definition, file] of [
    [before, oldFile],
    [after, newFile],
  ] as const) {
    const { valid, problems } = checkDefinition(definition);
    if (valid) continue;
    throw new UsageError(messages.invalidDefinition(file, problems));
  }
  return diffDefinitions(before, after);
}
