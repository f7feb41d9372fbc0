import {
  compileProcedure,
  type CompiledProcedure,
  type CompileOptions,
} from './compile-procedure.js';

/**
 * `compile` for pages that load no ajv and allow no `eval`: the data schema's validator must
 * be the standalone module `hoso compile` writes.
 */
export function compile(
  definition: unknown,
  options: CompileOptions & { schemaValidator: NonNullable<CompileOptions['schemaValidator']> },
): CompiledProcedure {
  return compileProcedure(definition, options, () => {
    throw new Error('@hoso/core/precompiled needs a schemaValidator (see `hoso compile`).');
  });
}
