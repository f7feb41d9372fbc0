import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../internal/i18n.js';
import '../../documents/documents.js';

export interface DocumentsInput {
  idPrefix: string;
  lang: Lang;
  /** Answers are saved as a draft, which never keeps files: the citizen is told so. */
  savesDrafts: boolean;
  /** The citizen tried to leave the page, so missing documents show their errors. */
  showErrors: boolean;
}

/** The documents page's content: what to attach, and one upload slot per document. */
export function renderDocuments({
  idPrefix,
  lang,
  savesDrafts,
  showErrors,
}: DocumentsInput): TemplateResult {
  return html`<p>${msg('documents.intro', lang)}</p>
    ${savesDrafts ? html`<p class="hint">${msg('documents.not-saved', lang)}</p>` : nothing}
    <hoso-documents id-prefix=${idPrefix} ?show-errors=${showErrors}></hoso-documents>`;
}
