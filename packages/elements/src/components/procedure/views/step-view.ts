import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledProcedure, FormSnapshot, FormStore } from '@hoso/core/precompiled';
import { localize, msg, type Lang } from '../../../internal/i18n.js';
import { renderFees, renderProgress, type Progress } from './page-parts.js';
import '../../form/form.js';

export interface StepInput {
  idPrefix: string;
  lang: Lang;
  progress: Progress;
  compiled: CompiledProcedure;
  store: FormStore;
  /** The form's state, with the server's field errors already in the fields they belong to. */
  snapshot: FormSnapshot;
  hasFees: boolean;
  onBack: () => void;
  onContinue: () => void;
}

/** One step of the definition: its fields, the fees, Back (after the first step) and Continue. */
export function renderStep(input: StepInput): TemplateResult {
  const { idPrefix, lang, snapshot } = input;
  const step = snapshot.steps[snapshot.currentStep]!;
  return html`<section aria-labelledby="${idPrefix}-heading">
    ${renderProgress(input.progress, lang)}
    <h2 id="${idPrefix}-heading" tabindex="-1">${localize(step.title, lang)}</h2>
    <hoso-form
      id-prefix=${idPrefix}
      lang=${lang}
      .compiled=${input.compiled}
      .store=${input.store}
      .snapshot=${snapshot}
    ></hoso-form>
    ${renderFees(input.hasFees)}
    <div class="actions">
      ${
        snapshot.isFirstStep
          ? nothing
          : html`<button
              type="button"
              class="back"
              part="button back-button"
              @click=${input.onBack}
            >
              ${msg('nav.back', lang)}
            </button>`
      }
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
