import type { DraftFinding } from '@hoso/core/precompiled';
import type { LocalizedMessage } from '@hoso/schema';
import { msg, type Lang } from '../../internal/i18n.js';

/** One line of the draft notice: an answer of a migrated draft the citizen must look at again. */
export interface DraftAttention {
  path: string;
  code: DraftFinding['code'];
  /**
   * For `invalid` and `newly-required`, the new version's validation error (shown after the
   * label); for `retyped` and `hidden`, a sentence that names the field itself.
   */
  message?: LocalizedMessage;
  /** The label of the field in the new version, shown before a validation error. */
  label?: LocalizedMessage;
}

/**
 * The notice's lines for what core's `carryDraftOver` found, worded from the elements' catalog.
 * Errors under `$documents` are left out: drafts never keep files, so every document looks
 * missing after a restore.
 */
export function noticeItems(findings: readonly DraftFinding[]): DraftAttention[] {
  return findings
    .filter((f) => !f.path.startsWith('$documents'))
    .map(({ path, code, label, error }): DraftAttention => {
      if (error) return { path, code, message: error.message, ...(label ? { label } : {}) };
      if (code !== 'retyped' && code !== 'hidden') return { path, code };
      const id = code === 'retyped' ? 'draft.retyped' : 'draft.hidden';
      const say = (lang: Lang): string => msg(id, lang, { field: label?.[lang] ?? path });
      return { path, code, message: { vi: say('vi'), en: say('en') } };
    });
}
