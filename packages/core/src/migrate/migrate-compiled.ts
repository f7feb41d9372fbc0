import type { LocalizedMessage } from '@hoso/schema';
import type { CompiledProcedure } from '../compile/compile-procedure.js';
import { attentionMessage } from './attention-messages.js';
import { carryDraftOver, type CompiledMigrationOptions, type DraftFinding } from './carry-draft.js';

export interface DraftAttention extends DraftFinding {
  /** A sentence for the citizen that names the field and says what happened to the answer. */
  message: LocalizedMessage;
}

export interface DraftMigration {
  data: Record<string, unknown>;
  attention: DraftAttention[];
}

/**
 * Carries a citizen's draft over to the compiled new version of its definition, with no need for
 * the old definition or ajv (it works with `@hoso/core/precompiled`): keeps the answers that
 * still fit, drops answers to removed or retyped fields, and flags what the citizen must look at
 * again, each with a sentence in Vietnamese and English. What "no longer fits" means is decided
 * by the new version's own pipeline (`after.validate`); errors and hidden fields the draft
 * already had (`knownErrors`, `knownHidden`) are not flagged.
 */
export function migrateCompiledDraft(
  after: CompiledProcedure,
  draftData: unknown,
  options: CompiledMigrationOptions = {},
): DraftMigration {
  const { data, findings } = carryDraftOver(after, draftData, options);
  return {
    data,
    attention: findings.map((f) => ({ ...f, message: attentionMessage(f, draftData) })),
  };
}
