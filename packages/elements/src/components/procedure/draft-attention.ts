import type { DraftAttention as Finding } from '@hoso/core/precompiled';
import type { LocalizedMessage } from '@hoso/schema';

/** One line of the draft notice: an answer of a migrated draft the citizen must look at again. */
export interface DraftAttention {
  path: string;
  code: Finding['code'];
  /**
   * For `invalid` and `newly-required`, the new version's validation error (shown after the
   * label); for `retyped` and `hidden`, core's sentence, which names the field itself.
   */
  message?: LocalizedMessage;
  /** The label of the field in the new version, shown before a validation error. */
  label?: LocalizedMessage;
}

/**
 * The notice's lines for what core's `migrateCompiledDraft` found. Errors under `$documents`
 * are left out: drafts never keep files, so every document looks missing after a restore.
 */
export function noticeItems(findings: readonly Finding[]): DraftAttention[] {
  return findings
    .filter((f) => !f.path.startsWith('$documents'))
    .map(({ path, code, message, label, error }): DraftAttention => {
      if (code === 'removed') return { path, code };
      if (error) return { path, code, message: error.message, ...(label ? { label } : {}) };
      return { path, code, message };
    });
}
