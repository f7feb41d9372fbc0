import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationError } from '@hoso/core/precompiled';
import { localize, msg, type Lang } from '../../../internal/i18n.js';

export interface SummaryInput {
  errors: readonly ValidationError[];
  /** The prefix of the wizard's ids: each link points at `<prefix>-<path with dashes>`. */
  idPrefix: string;
  lang: Lang;
  onLink: (event: Event, error: ValidationError) => void;
}

/** The error summary shown when a page cannot be left: one link per error, to its field. */
export function renderSummary({
  errors,
  idPrefix,
  lang,
  onLink,
}: SummaryInput): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="summary"
    tabindex="-1"
    aria-labelledby="${idPrefix}-summary-title"
  >
    <div role="alert">
      <h2 id="${idPrefix}-summary-title">${msg('summary.title', lang)}</h2>
      <ul>
        ${errors.map(
          (e) =>
            html`<li>
              <a
                href="#${idPrefix}-${e.path.replace(/\./g, '-')}"
                @click=${(event: Event) => onLink(event, e)}
                >${localize(e.message, lang)}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
