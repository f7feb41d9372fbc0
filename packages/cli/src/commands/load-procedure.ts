import { compile, DefinitionError, type CompiledProcedure } from '@hoso/core';
import { UsageError } from '../io.js';
import { readJson } from '../read-json.js';

/** Reads and compiles a definition; a definition with problems is a usage error that lists them. */
export async function loadProcedure(file: string): Promise<CompiledProcedure> {
  const definition = await readJson(file);
  try {
    return compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    const lines = error.problems
      .slice(0, 5)
      .map((p) => `  ${p.pointer || '/'} [${p.code}] ${p.message.en}`);
    const more =
      error.problems.length > 5
        ? `\n  … and ${error.problems.length - 5} more (run hoso check)`
        : '';
    throw new UsageError(`${file} is not a valid definition:\n${lines.join('\n')}${more}`);
  }
}
