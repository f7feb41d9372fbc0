import type { CheckResult } from '@hoso/schema';
import { vouchesForDefinition } from '../digest/validator-stamp.js';
import { UncheckedDefinitionError } from './unchecked-definition-error.js';
import {
  compileProcedure,
  type CompiledProcedure,
  type CompileOptions,
  type SchemaValidator,
} from './compile-procedure.js';

export interface PrecompiledCompileOptions extends CompileOptions {
  /** The standalone validator module's default export (`hoso compile`, the intake server). */
  schemaValidator: SchemaValidator;
  /**
   * `checkDefinition` from `@hoso/schema`, for a validator that does not vouch for the
   * definition (one built from a bare data schema, or from an earlier edit of it). Left out,
   * such a validator is refused with an UncheckedDefinitionError, so pages whose validators are
   * built by `hoso compile` or the intake server never load the checker
   * (docs/decisions/0011-validators-vouch-for-definitions.md).
   */
  checkDefinition?: (definition: unknown) => CheckResult;
}

/**
 * `compile` for pages that load no ajv and allow no `eval`: the data schema's validator must
 * be the standalone module `hoso compile` writes. That module carries the digest of the
 * definition it was built from, which was checked then; the definition is checked again here
 * only when the module does not vouch for it.
 */
export function compile(
  definition: unknown,
  options: PrecompiledCompileOptions,
): CompiledProcedure {
  const vouched = vouchesForDefinition(options.schemaValidator, definition);
  const checker = vouched ? undefined : options.checkDefinition;
  if (!vouched && !checker) throw new UncheckedDefinitionError();
  return compileProcedure(definition, options, {
    checkDefinition: checker,
    compileSchema: () => {
      throw new Error('@hoso/core/precompiled needs a schemaValidator (see `hoso compile`).');
    },
  });
}
