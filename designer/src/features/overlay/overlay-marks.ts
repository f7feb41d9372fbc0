/**
 * Marks of the overlay's values: a badge on the canvas ("Từ lớp phủ tỉnh: thêm") and, in the
 * properties panel, the list of the selected item's values that come from the overlay.
 */
import type { ProvenanceEntry } from '@hoso/core/precompiled';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageId } from '../i18n/catalog.js';
import { localized, t } from '../i18n/locale.js';
import { provenanceOf, type ChangeOp, type OverlaySession } from './overlay-session.js';

export function opLabel(op: ChangeOp): string {
  return t(`overlay.op.${op}` as MessageId);
}

/** The canvas badge of an item with values from the overlay; nothing when it has none. */
export function overlayBadge(entries: readonly ProvenanceEntry[]): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const ops = [...new Set(entries.map((e) => e.op))];
  return html`<span class="badge overlay" data-overlay-ops=${ops.join(' ')}
    >${t('overlay.badge')}: ${ops.map(opLabel).join(', ')}</span
  >`;
}

/** The properties panel's list of the item's values that come from the overlay. */
export function overlayOrigin(
  session: OverlaySession | undefined,
  definition: unknown,
  pointer: string,
): TemplateResult | typeof nothing {
  const entries = provenanceOf(session, definition, pointer);
  if (!session || entries.length === 0) return nothing;
  return html`<section class="prop-group overlay-origin" aria-labelledby="overlay-origin-heading">
    <h3 id="overlay-origin-heading">${t('overlay.props')}</h3>
    <ul>
      ${entries.map((entry) => {
        const change = session.changes[entry.change];
        const what =
          entry.pointer === pointer
            ? t('overlay.wholeItem')
            : entry.pointer.slice(pointer.length + 1);
        return html`<li data-overlay-pointer=${entry.pointer}>
          <span class="badge overlay">${t('overlay.badge')}</span>
          <code>${what}</code>: ${opLabel(entry.op)}
          (${t('overlay.change', { n: entry.change + 1 })})
          ${change?.note ? html`<span class="hint">${localized(change.note)}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
