import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, stringFlag } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { messages } from '../messages.js';
import { buildProcedureValidator } from '../standalone.js';
import { loadProcedure } from './load-procedure.js';
import { submissionTypes } from './types.js';

export const compileUsage = 'hoso compile <definition.json> --out <dir>';

/**
 * `hoso compile`: the artefacts a page under a strict Content-Security-Policy needs — the
 * data schema, a standalone validator module (no eval), and the data types.
 */
export async function compileCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { out: 'string' });
  const [definitionFile, ...extra] = args.positionals;
  const outDir = stringFlag(args, 'out');
  if (!definitionFile || !outDir || extra.length > 0)
    throw new UsageError(messages.usage(compileUsage));
  const procedure = await loadProcedure(definitionFile);
  const { id, version } = procedure.definition;
  const base = join(outDir, `${id}@${version}`);
  await mkdir(outDir, { recursive: true });
  await writeFile(`${base}.schema.json`, JSON.stringify(procedure.dataSchema, null, 2) + '\n');
  await writeFile(`${base}.validator.js`, await buildProcedureValidator(procedure));
  await writeFile(`${base}.d.ts`, await submissionTypes(procedure));
  for (const suffix of ['schema.json', 'validator.js', 'd.ts']) io.out(`wrote ${base}.${suffix}`);
  return 0;
}
