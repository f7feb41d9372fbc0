import { html, nothing, type TemplateResult } from 'lit';
import type { EditorContext } from '../../../app/context.js';
import { localized, t } from '../../i18n/locale.js';
import { getAt } from '../../modeling/json-path.js';
import { freshKey } from '../../modeling/keys.js';
import {
  formulaEntry,
  itemActions,
  localizedEntry,
  numberEntry,
  selectEntry,
  textEntry,
} from '../entries.js';
import { overlayOrigin } from '../../overlay/overlay-marks.js';

/** Fees and charges: fixed in đồng, or a formula over the data with a live result. */
export function renderFees(ctx: EditorContext): TemplateResult {
  const fees = (getAt(ctx.definition, '/fees') as Record<string, unknown>[] | undefined) ?? [];
  return html`<section class="section-editor" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">${t('section.fees')}</h2>
    ${fees.length === 0 ? html`<p class="hint">${t('fee.none')}</p>` : nothing}
    ${fees.map((fee, i) => {
      const p = `/fees/${i}`;
      const name = localized(fee.title) || String(fee.key ?? i + 1);
      const formula = typeof fee.amount === 'object' && fee.amount !== null;
      return html`<article
        class="card ${ctx.selection.item === p ? 'selected' : ''}"
        data-item=${p}
        aria-label=${name}
      >
        <h3>${i + 1}. ${name}</h3>
        ${overlayOrigin(ctx.overlay, ctx.definition, p)}
        <div class="pair">
          ${textEntry(ctx, { label: t('props.key'), pointer: `${p}/key`, required: true })}
          ${selectEntry(ctx, {
            label: t('fee.kind'),
            pointer: `${p}/kind`,
            options: [
              ['fee', t('fee.kind.fee')],
              ['charge', t('fee.kind.charge')],
            ],
          })}
        </div>
        ${localizedEntry(ctx, { label: t('fee.title'), pointer: `${p}/title`, required: true })}
        <fieldset>
          <legend>${t('fee.amount')}</legend>
          <div class="row">
            <label class="row"
              ><input
                type="radio"
                name=${`fee-mode-${i}`}
                data-mode="fixed"
                .checked=${!formula}
                @change=${() => ctx.modeling.setProperty(`${p}/amount`, 0)}
              />${t('fee.fixed')}</label
            >
            <label class="row"
              ><input
                type="radio"
                name=${`fee-mode-${i}`}
                data-mode="formula"
                .checked=${formula}
                @change=${() =>
                  ctx.modeling.setProperty(`${p}/amount`, {
                    rule: typeof fee.amount === 'number' ? fee.amount : 0,
                  })}
              />${t('fee.formula')}</label
            >
          </div>
          ${
            formula
              ? formulaEntry(ctx, { label: t('fee.formula'), pointer: `${p}/amount/rule` })
              : numberEntry(ctx, {
                  label: t('fee.fixed'),
                  pointer: `${p}/amount`,
                  required: true,
                  step: '1',
                  min: 0,
                })
          }
        </fieldset>
        ${localizedEntry(ctx, { label: t('fee.note'), pointer: `${p}/note` })}
        ${itemActions(ctx, p, fees.length, i, name)}
      </article>`;
    })}
    <button
      type="button"
      class="primary"
      data-action="add-fee"
      @click=${() => {
        const pointer = ctx.modeling.addItem('/fees', {
          key: freshKey(ctx.definition, 'fee'),
          title: { vi: 'Lệ phí', en: 'Fee' },
          kind: 'fee',
          amount: 0,
        });
        ctx.select({ ...ctx.selection, item: pointer });
      }}
    >
      ${t('fee.add')}
    </button>
  </section>`;
}
