import { html, type TemplateResult } from 'lit';
import { localized, t } from '../i18n/locale.js';
import { startKindDrag } from '../dragging/drag-data.js';
import { ELEMENT_KINDS, KIND_GROUPS } from './element-kinds.js';

/**
 * The palette, generated from the element kinds' metadata. Each entry is a button (keyboard:
 * Enter adds to the open step, after the selected element) and a drag source.
 */
export function renderPalette(add: (kind: string) => void): TemplateResult {
  return html`<section class="palette" aria-labelledby="palette-heading">
    <h2 id="palette-heading">${t('palette.title')}</h2>
    <p class="hint" id="palette-hint">${t('palette.hint')}</p>
    ${KIND_GROUPS.map(
      (g) =>
        html`<h3>${localized(g.title)}</h3>
          <ul class="kinds">
            ${ELEMENT_KINDS.filter((k) => k.group === g.group).map(
              (k) =>
                html`<li>
                  <button
                    type="button"
                    class="kind"
                    data-kind=${k.type}
                    draggable="true"
                    aria-describedby="palette-hint"
                    @click=${() => add(k.type)}
                    @dragstart=${(e: DragEvent) => startKindDrag(e, k.type)}
                  >
                    <span class="glyph" aria-hidden="true">${k.icon}</span>
                    <span class="visually-hidden">${t('common.add')}:</span> ${localized(k.title)}
                  </button>
                </li>`,
            )}
          </ul>`,
    )}
  </section>`;
}
