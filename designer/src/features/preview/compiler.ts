/**
 * How the preview compiles a definition. The app (under Vite) installs `@hoso/core`'s `compile`,
 * which has ajv check the data schema; without it (tests on unbundled output, where ajv's
 * CommonJS cannot load) the precompiled entry runs every rule but skips the data-schema check.
 */
import {
  compile as compilePrecompiled,
  type CompiledProcedure,
  type SchemaValidator,
} from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';

export type Compiler = (definition: unknown) => CompiledProcedure;
/** Compiles a data schema into its validator (ajv, in the app). */
export type ValidatorFactory = (dataSchema: object) => SchemaValidator;

let fullCompiler: Compiler | undefined;
let validatorFactory: ValidatorFactory | undefined;

export function installCompiler(compiler: Compiler, validators?: ValidatorFactory): void {
  fullCompiler = compiler;
  validatorFactory = validators;
}

export function hasSchemaChecks(): boolean {
  return fullCompiler !== undefined;
}

const permissive = Object.assign(() => true, { errors: null });

export function compileForPreview(definition: unknown): CompiledProcedure {
  if (fullCompiler) return fullCompiler(definition);
  return compilePrecompiled(definition, { schemaValidator: permissive, checkDefinition });
}

/** The data-schema validator `<hoso-procedure>` needs: ajv's in the app, else permissive. */
export function schemaValidatorFor(compiled: CompiledProcedure): SchemaValidator {
  return validatorFactory ? validatorFactory(compiled.dataSchema) : permissive;
}
