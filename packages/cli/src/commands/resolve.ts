import { writeFile } from 'node:fs/promises';
import { resolveOverlay, type OverlayProblem } from '@hoso/core';
import { parseArgs, stringFlag } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { messages } from '../messages.js';
import { readJson } from '../read-json.js';

export const resolveUsage = 'hoso resolve <base.json> <overlay.json> [--json] [--out file.json]';

/**
 * `hoso resolve`: the base definition with a province overlay applied. Prints the resolved
 * definition (or writes it with --out); exit 1 with every reason when the overlay does not apply
 * cleanly. `--json` prints `{ valid, definition, problems, provenance }`.
 */
export async function resolve(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean', out: 'string' });
  const [baseFile, overlayFile, ...extra] = args.positionals;
  if (!baseFile || !overlayFile || extra.length > 0)
    throw new UsageError(messages.usage(resolveUsage));
  const result = resolveOverlay(await readJson(baseFile), await readJson(overlayFile));
  const valid = result.problems.length === 0;
  const out = stringFlag(args, 'out');
  if (valid && out) {
    await writeFile(out, JSON.stringify(result.definition, null, 2) + '\n');
    io.err(`wrote ${out}`);
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ valid, ...result }, null, 2));
  } else if (valid) {
    if (!out) io.out(JSON.stringify(result.definition, null, 2));
  } else {
    io.out(`✗ ${overlayFile} does not apply to ${baseFile}: ${result.problems.length} problem(s)`);
    for (const p of result.problems)
      io.out(formatProblem(p, { base: baseFile, overlay: overlayFile }));
  }
  return valid ? 0 : 1;
}

function formatProblem(p: OverlayProblem, files: { base: string; overlay: string }): string {
  const where =
    p.source === 'resolved'
      ? 'resolved definition'
      : p.source === 'base'
        ? files.base
        : files.overlay;
  const change = p.change !== undefined ? ` (change ${p.change})` : '';
  return `  ${where} ${p.pointer || '/'}  [${p.code}]${change}\n    vi: ${p.message.vi}\n    en: ${p.message.en}`;
}
