import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../../app/context.js';
import { t } from '../i18n/locale.js';
import { getAt } from '../modeling/json-path.js';
import { itemActions } from './entries.js';

type Option = { value?: unknown; label?: { vi?: string; en?: string } };

/** The options of a select, radio or checkboxes: value and label vi/en, reorder, add, delete. */
export function optionsEntry(ctx: EditorContext, pointer: string): TemplateResult {
  const options = (getAt(ctx.definition, pointer) as Option[] | undefined) ?? [];
  const set = (i: number, member: string, value: unknown) =>
    ctx.modeling.setProperty(`${pointer}/${i}/${member}`, value);
  return html`<fieldset class="options">
    <legend>${t('prop.options')}</legend>
    ${options.map((option, i) => {
      const n = i + 1;
      return html`<div class="option" data-option=${i}>
        <div class="option-grid">
          <label
            ><span class="hint">${t('option.value')} ${n}</span
            ><input
              .value=${live(String(option.value ?? ''))}
              @change=${(e: Event) => set(i, 'value', (e.target as HTMLInputElement).value)}
          /></label>
          <label
            ><span class="hint">${t('lang.vi')} ${n}</span
            ><input
              lang="vi"
              .value=${live(option.label?.vi ?? '')}
              @change=${(e: Event) => set(i, 'label/vi', (e.target as HTMLInputElement).value)}
          /></label>
          <label
            ><span class="hint">${t('lang.en')} ${n}</span
            ><input
              lang="en"
              .value=${live(option.label?.en ?? '')}
              @change=${(e: Event) =>
                set(i, 'label/en', (e.target as HTMLInputElement).value || undefined)}
          /></label>
        </div>
        ${itemActions(ctx, `${pointer}/${i}`, options.length, i, t('option.remove', { n }))}
      </div>`;
    })}
    <button
      type="button"
      @click=${() => {
        const n = options.length + 1;
        ctx.modeling.addItem(pointer, {
          value: `option${n}`,
          label: { vi: `Lựa chọn ${n}`, en: `Option ${n}` },
        });
      }}
    >
      ${t('option.add')}
    </button>
  </fieldset>`;
}
