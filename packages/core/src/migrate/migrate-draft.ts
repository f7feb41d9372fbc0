import { compile } from '../compile/compile.js';
import { isJsonObject } from '../overlay/json-pointer.js';
import type { ValidateOptions } from '../validate/pipeline.js';
import { errorKeys } from './carry-draft.js';
import { migrateCompiledDraft, type DraftMigration } from './migrate-compiled.js';

/**
 * Carries a citizen's draft over to a new version of its definition: compiles both versions and
 * hands over to `migrateCompiledDraft`, with the errors and hidden fields the old version
 * reports for the draft as the ones it already had (a draft is allowed to be incomplete).
 * Both definitions must pass checkDefinition (DefinitionError otherwise). Needs ajv: in the
 * browser, use `migrateCompiledDraft` from `@hoso/core/precompiled`.
 */
export function migrateDraft(
  oldDefinition: unknown,
  newDefinition: unknown,
  draftData: unknown,
  options: ValidateOptions = {},
): DraftMigration {
  const before = compile(oldDefinition);
  const after = compile(newDefinition);
  if (!isJsonObject(draftData)) return migrateCompiledDraft(after, draftData);
  const oldRun = before.validate(draftData, options);
  return migrateCompiledDraft(after, draftData, {
    ...options,
    before,
    knownErrors: errorKeys(oldRun.errors),
    knownHidden: oldRun.dropped,
  });
}
