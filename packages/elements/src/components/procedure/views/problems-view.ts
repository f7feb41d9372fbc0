import { html, type TemplateResult } from 'lit';
import type { Problem } from '@hoso/schema';
import { localize, msg, type Lang } from '../../../internal/i18n.js';

/** The panel listing an invalid definition's problems, shown instead of a form. */
export function renderProblems(problems: readonly Problem[], lang: Lang): TemplateResult {
  return html`<div class="error-summary" part="problems" role="alert">
    <h2>${msg('definition.invalid', lang)}</h2>
    <ul>
      ${problems.map(
        (p) => html`<li><code>${p.pointer || '/'}</code> ${localize(p.message, lang)}</li>`,
      )}
    </ul>
  </div>`;
}
