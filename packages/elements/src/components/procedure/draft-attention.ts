import { attentionMessage, type DraftFinding } from '@hoso/core/precompiled';
import type { LocalizedMessage } from '@hoso/schema';

/** One line of the draft notice: an answer of a migrated draft the citizen must look at again. */
export interface DraftAttention {
  path: string;
  code: DraftFinding['code'];
  /** The sentence for the citizen, naming the field by its label (never by its data path). */
  message: LocalizedMessage;
}

/**
 * The notice's lines for what core's `carryDraftOver` found. The sentences are core's
 * `attentionMessage`, the same the server's `migrateCompiledDraft` gives, so the wizard and the
 * API cannot word a finding differently. Errors under `$documents` are left out: drafts never
 * keep files, so every document looks missing after a restore. Identical sentences (answers to
 * several unlabelled questions) are listed once, and so is an answer that was dropped and is
 * now required: the sentence for the drop already asks for it again.
 */
export function noticeItems(
  findings: readonly DraftFinding[],
  draftData: unknown,
): DraftAttention[] {
  const items = new Map<string, DraftAttention>();
  const dropped = new Set<string>();
  for (const finding of findings) {
    if (finding.path.startsWith('$documents') || dropped.has(finding.path)) continue;
    if (finding.code === 'removed' || finding.code === 'retyped') dropped.add(finding.path);
    const message = attentionMessage(finding, draftData);
    if (!items.has(message.en)) items.set(message.en, { ...pick(finding), message });
  }
  return [...items.values()];
}

function pick({ path, code }: DraftFinding): Pick<DraftAttention, 'path' | 'code'> {
  return { path, code };
}
