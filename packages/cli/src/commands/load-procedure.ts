import { compile, DefinitionError, type CompiledProcedure } from '@hoso/core';
import { UsageError } from '../io.js';
import { messages } from '../messages.js';
import { readJson } from '../read-json.js';

/** Reads and compiles a definition; a definition with problems is a usage error that lists them. */
export async function loadProcedure(file: string): Promise<CompiledProcedure> {
  const definition = await readJson(file);
  try {
    return compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    throw new UsageError(messages.invalidDefinition(file, error.problems));
  }
}
