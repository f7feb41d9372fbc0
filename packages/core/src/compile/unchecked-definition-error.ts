/**
 * Thrown by `compile` from `@hoso/core/precompiled` for a definition its validator module was
 * not built from, when no `checkDefinition` was given: the caller may load the checker (a
 * chunk of its own in the browser) and compile again with it.
 */
export class UncheckedDefinitionError extends Error {
  constructor() {
    super(
      'This validator module was not built from this definition, so the definition must be ' +
        'checked here: pass `checkDefinition` from @hoso/schema, or build the module from this ' +
        'definition with `hoso compile` (buildProcedureValidator).',
    );
    this.name = 'UncheckedDefinitionError';
  }
}
