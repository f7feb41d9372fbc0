/**
 * How the preview compiles a definition. The app (under Vite) installs `@hoso/core`'s `compile`,
 * which has ajv check the data schema; without it (tests on unbundled output, where ajv's
 * CommonJS cannot load) the precompiled entry runs every rule but skips the data-schema check.
 */
import { compile as compilePrecompiled, type CompiledProcedure } from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';

export type Compiler = (definition: unknown) => CompiledProcedure;

let fullCompiler: Compiler | undefined;

export function installCompiler(compiler: Compiler): void {
  fullCompiler = compiler;
}

export function hasSchemaChecks(): boolean {
  return fullCompiler !== undefined;
}

const permissive = Object.assign(() => true, { errors: null });

export function compileForPreview(definition: unknown): CompiledProcedure {
  if (fullCompiler) return fullCompiler(definition);
  return compilePrecompiled(definition, { schemaValidator: permissive, checkDefinition });
}
