/**
 * Marks of the overlay's values: a badge on the canvas and the steps list ("Từ lớp phủ tỉnh:
 * thêm") and, in the properties panel and the section editors, the list of an item's values that
 * come from the overlay.
 */
import type { ProvenanceEntry } from '@hoso/core/precompiled';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageId } from '../i18n/catalog.js';
import { localized, t } from '../i18n/locale.js';
import { inPlace, provenanceOf, type ChangeOp, type OverlaySession } from './overlay-session.js';

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

/** The procedure's own values from the overlay (code, agency, legal basis…), still in place. */
export function procedureProvenance(
  session: OverlaySession | undefined,
  definition: unknown,
): ProvenanceEntry[] {
  if (!session) return [];
  return session.provenance.filter(
    (e) => !/^\/(steps|documents|fees|flow)\//.test(e.pointer) && inPlace(session, definition, e),
  );
}

/**
 * The list of an item's values that come from the overlay (properties panel, section editors);
 * `pointer` is the item's, '' for the procedure itself.
 */
export function overlayOrigin(
  session: OverlaySession | undefined,
  definition: unknown,
  pointer: string,
  entries: readonly ProvenanceEntry[] = provenanceOf(session, definition, pointer),
): TemplateResult | typeof nothing {
  if (!session || entries.length === 0) return nothing;
  const heading = `overlay-origin${pointer.replace(/\//g, '-')}`;
  return html`<section class="prop-group overlay-origin" aria-labelledby=${heading}>
    <h3 id=${heading}>${t('overlay.props')}</h3>
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
