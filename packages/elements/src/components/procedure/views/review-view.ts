import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledProcedure, FormSnapshot } from '@hoso/core/precompiled';
import { localize, msg, type Lang } from '../../../internal/i18n.js';
import { getAt } from '../../../internal/paths.js';
import { fileNames, reviewRows } from '../review-rows.js';
import { deliveryOptions } from './delivery-view.js';
import { renderFees } from './page-parts.js';

export interface ReviewInput {
  idPrefix: string;
  lang: Lang;
  definition: CompiledProcedure['definition'];
  snapshot: FormSnapshot;
  hasFees: boolean;
  /** The dossier is being posted. */
  sending: boolean;
  /** Why posting failed: the server's reason, or `true` when it gave none (or was unreachable). */
  sendFailure: { vi: string; en: string } | true | undefined;
  onBack: () => void;
  onSubmit: () => void;
  /** "Change" on an answer of a step. */
  onChangeStep: (stepKey: string, path: string) => void;
  /** "Change" on a document or on the delivery choice. */
  onChangePage: (page: 'documents' | 'delivery', path: string) => void;
}

/** "Check your answers": every visible step's answers, the documents, delivery, fees, Submit. */
export function renderReview(input: ReviewInput): TemplateResult {
  const { idPrefix, lang, definition, snapshot, sending, sendFailure } = input;
  return html`<section aria-labelledby="${idPrefix}-heading">
    <h2 id="${idPrefix}-heading" tabindex="-1">${msg('review.title', lang)}</h2>
    ${snapshot.steps
      .filter((s) => s.visible)
      .map((s) => {
        const rows = reviewRows(definition.steps[s.index]!.elements, '', snapshot, lang);
        return html`<h3>${localize(s.title, lang)}</h3>
          <dl>
            ${rows.map((row) =>
              reviewRow(row.label, row.value, row.path, lang, () =>
                input.onChangeStep(s.key, row.path),
              ),
            )}
          </dl>`;
      })}
    ${renderReviewDocuments(input)} ${renderReviewDelivery(input)} ${renderFees(input.hasFees)}
    <p class="sending" role="status">${sending ? msg('submit.sending', lang) : ''}</p>
    ${
      sendFailure
        ? html`<p class="send-error" role="alert" tabindex="-1">
            ${
              sendFailure === true
                ? msg('submit.failed', lang)
                : msg('submit.refused', lang, { reason: localize(sendFailure, lang) })
            }
          </p>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="back" part="button back-button" @click=${input.onBack}>
        ${msg('nav.back', lang)}
      </button>
      <button
        type="button"
        class="submit"
        part="button submit-button"
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${input.onSubmit}
      >
        ${msg('review.submit', lang)}
      </button>
    </div>
  </section>`;
}

/** One answer: its label, its value and, when it can be changed, a "Change" button. */
function reviewRow(
  label: string,
  value: string,
  path: string,
  lang: Lang,
  onChange: (() => void) | undefined,
): TemplateResult {
  return html`<dt>${label}</dt>
    <dd>${value}</dd>
    <dd>
      ${
        onChange
          ? html`<button
              type="button"
              class="link change"
              part="change-button"
              data-path=${path}
              @click=${onChange}
            >
              ${msg('review.change', lang)}<span class="visually-hidden"> ${label}</span>
            </button>`
          : nothing
      }
    </dd>`;
}

/** The documents required for these answers, and any other the citizen attached. */
function renderReviewDocuments({
  definition,
  snapshot,
  lang,
  onChangePage,
}: ReviewInput): TemplateResult | typeof nothing {
  const documents = definition.documents ?? [];
  if (documents.length === 0) return nothing;
  const required = new Set(snapshot.result.requiredDocuments);
  const shown = documents.filter((doc) => {
    const refs = getAt(snapshot.values, `$documents.${doc.key}`);
    return required.has(doc.key) || (Array.isArray(refs) && refs.length > 0);
  });
  if (shown.length === 0) return nothing;
  return html`<h3>${msg('review.documents', lang)}</h3>
    <dl>
      ${shown.map((doc) => {
        const path = `$documents.${doc.key}`;
        const refs = getAt(snapshot.values, path);
        const names = Array.isArray(refs) ? fileNames(refs) : '';
        return reviewRow(
          localize(doc.title, lang),
          names || msg('review.no-files', lang),
          path,
          lang,
          () => onChangePage('documents', path),
        );
      })}
    </dl>`;
}

/** How the result is received; it can be changed only when there was a choice. */
function renderReviewDelivery({
  definition,
  snapshot,
  lang,
  onChangePage,
}: ReviewInput): TemplateResult | typeof nothing {
  const options = deliveryOptions(definition.delivery ?? []);
  if (options.length === 0) return nothing;
  const chosen = options.find((o) => o.value === snapshot.values['$delivery']);
  return html`<h3>${msg('review.delivery', lang)}</h3>
    <dl>
      ${reviewRow(
        msg('delivery.label', lang),
        chosen ? localize(chosen.label, lang) : msg('review.empty', lang),
        '$delivery',
        lang,
        options.length > 1 ? () => onChangePage('delivery', '$delivery') : undefined,
      )}
    </dl>`;
}
