import type { LocalizedMessage } from '@hoso/schema';

/** Whether existing submissions or drafts may stop fitting the new version. */
export type ChangeKind = 'breaking' | 'compatible';

/** One difference between two versions of a definition, classified. */
export interface DefinitionChange {
  kind: ChangeKind;
  /** Stable code, e.g. `field.removed`, `constraint.narrowed`, `text.changed`. */
  code: string;
  /**
   * What changed, by key: a field's data path (`applicant.fullName`, `children.*.name`), or a
   * `$`-name for what is not a field: `$documents.idCard`, `$delivery`, `$fees.copyFee`,
   * `$steps.applicant`, `$flow.stages.review`, `$flow.roles.clerk`, `$procedure.agency.name`.
   */
  path: string;
  /** JSON pointer in the new definition (in the old one for what was removed). */
  pointer: string;
  /** The version bump this change alone needs: breaking → major, additions → minor, text → patch. */
  bump: 'major' | 'minor' | 'patch';
  message: LocalizedMessage;
}

export interface DefinitionDiff {
  changes: DefinitionChange[];
  /** The bump the changes need together: the largest of theirs, `none` when identical. */
  bump: 'major' | 'minor' | 'patch' | 'none';
}
