import { html, nothing, type TemplateResult } from 'lit';
import { localize, msg, type Lang } from '../../../internal/i18n.js';
import type { DraftNotice } from '../draft-controller.js';

export interface DraftNoticeInput {
  notice: DraftNotice | undefined;
  /** The version of the definition now running (a migrated draft names it). */
  currentVersion: string;
  lang: Lang;
  onStartAgain: () => void;
  onDismiss: () => void;
}

/** The notice that answers came back from a draft, with what a migration asks to look at again. */
export function renderDraftNotice({
  notice,
  currentVersion,
  lang,
  onStartAgain,
  onDismiss,
}: DraftNoticeInput): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const time = new Date(notice.savedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return html`<div class="notice" part="draft-notice" role="status">
    <p>${msg('draft.restored', lang, { time })}</p>
    ${
      notice.migratedFrom
        ? html`<p>
              ${msg('draft.migrated', lang, { from: notice.migratedFrom, to: currentVersion })}
            </p>
            <ul class="attention">
              ${notice.attention.map((a) => html`<li>${localize(a.message, lang)}</li>`)}
            </ul>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="back start-again" part="button" @click=${onStartAgain}>
        ${msg('draft.start-again', lang)}
      </button>
      <button type="button" class="link dismiss" @click=${onDismiss}>
        ${msg('draft.dismiss', lang)}
      </button>
    </div>
  </div>`;
}
