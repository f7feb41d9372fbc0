import { html, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../internal/i18n.js';
import type { DossierReceipt } from '../../receipt/receipt.js';
import '../../receipt/receipt.js';

/** The intake server's receipt, once the dossier was received. */
export function renderReceipt(
  received: { receipt: DossierReceipt; secret?: string },
  lang: Lang,
): TemplateResult {
  return html`<hoso-receipt
    lang=${lang}
    .receipt=${received.receipt}
    .secret=${received.secret}
  ></hoso-receipt>`;
}

/** What follows a submission that posted nothing (no `action`): the portal took the data. */
export function renderSubmitted(lang: Lang): TemplateResult {
  return html`<h2 tabindex="-1">${msg('submitted.title', lang)}</h2>`;
}
