import { parseArgs, stringFlag } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { messages } from '../messages.js';
import { readJson } from '../read-json.js';
import { loadProcedure } from './load-procedure.js';

export const validateUsage = 'hoso validate <definition.json> <data.json> [--today YYYY-MM-DD]';

/** `hoso validate`: the pipeline's result as JSON; exit 1 when the data is invalid. */
export async function validate(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { today: 'string' });
  const [definitionFile, dataFile, ...extra] = args.positionals;
  if (!definitionFile || !dataFile || extra.length > 0)
    throw new UsageError(messages.usage(validateUsage));
  const today = stringFlag(args, 'today');
  if (today !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(today)) {
    throw new UsageError(messages.badToday(today));
  }
  const procedure = await loadProcedure(definitionFile);
  const result = procedure.validate(await readJson(dataFile), today ? { today } : {});
  io.out(JSON.stringify(result, null, 2));
  return result.valid ? 0 : 1;
}
