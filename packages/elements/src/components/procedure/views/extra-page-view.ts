import { html, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../internal/i18n.js';
import { renderFees, renderProgress, type Progress } from './page-parts.js';

export interface ExtraPageInput {
  idPrefix: string;
  lang: Lang;
  progress: Progress;
  title: string;
  content: TemplateResult;
  hasFees: boolean;
  onBack: () => void;
  onContinue: () => void;
}

/** A page after the steps (documents, delivery): progress, heading, content, fees, buttons. */
export function renderExtraPage(input: ExtraPageInput): TemplateResult {
  const { idPrefix, lang } = input;
  return html`<section aria-labelledby="${idPrefix}-heading">
    ${renderProgress(input.progress, lang)}
    <h2 id="${idPrefix}-heading" tabindex="-1">${input.title}</h2>
    ${input.content} ${renderFees(input.hasFees)}
    <div class="actions">
      <button type="button" class="back" part="button back-button" @click=${input.onBack}>
        ${msg('nav.back', lang)}
      </button>
      <button
        type="button"
        class="continue"
        part="button continue-button"
        @click=${input.onContinue}
      >
        ${msg('nav.continue', lang)}
      </button>
    </div>
  </section>`;
}
