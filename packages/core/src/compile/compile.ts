import { checkDefinition } from '@hoso/schema';
import { createAjv } from '../validator/create-ajv.js';
import {
  compileProcedure,
  type CompiledProcedure,
  type CompileOptions,
} from './compile-procedure.js';

/**
 * Compiles a definition once into everything that validates and renders it. The definition
 * is checked first: a definition with problems is never compiled (DefinitionError). The data
 * schema's validator is the precompiled one given, or one ajv compiles now.
 */
export function compile(definition: unknown, options: CompileOptions = {}): CompiledProcedure {
  return compileProcedure(definition, options, {
    // The checker is at hand here: it runs even when the validator vouches for the definition.
    checkDefinition,
    compileSchema: (schema) => createAjv().compile(schema),
  });
}
