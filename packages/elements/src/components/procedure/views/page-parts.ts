import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../internal/i18n.js';
import '../../fee-summary/fee-summary.js';

/** Where the citizen is: the page's number among the pages shown, and how many there are. */
export interface Progress {
  n: number;
  total: number;
}

/** "Step 1 of 3" above a page's heading. */
export function renderProgress(progress: Progress, lang: Lang): TemplateResult {
  return html`<p class="progress" part="progress">
    ${msg('step.progress', lang, { n: progress.n, total: progress.total })}
  </p>`;
}

/** The fee summary, when the procedure charges any fee. */
export function renderFees(hasFees: boolean): TemplateResult | typeof nothing {
  if (!hasFees) return nothing;
  return html`<div class="fees"><hoso-fee-summary></hoso-fee-summary></div>`;
}
