/**
 * Property entries (form-js `entries/`): small renderers that read one value at a JSON pointer
 * and write it back through `modeling.setProperty` — one command per committed change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../../app/context.js';
import { t } from '../i18n/locale.js';
import { getAt } from '../modeling/json-path.js';

let counter = 0;
const uid = (prefix: string) => `${prefix}-${++counter}`;

export interface EntryOptions {
  label: string;
  pointer: string;
  hint?: string;
  /** Keep the member when emptied (set "" instead of removing it). */
  required?: boolean;
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function textEntry(
  ctx: EditorContext,
  o: EntryOptions & { inputType?: string; pattern?: string; name?: string },
): TemplateResult {
  const id = uid('t');
  const value = getAt(ctx.definition, o.pointer);
  return html`<div class="field">
    <label for=${id}><span>${o.label}</span></label>
    ${o.hint ? html`<span class="hint" id=${`${id}-hint`}>${o.hint}</span>` : nothing}
    <input
      id=${id}
      name=${o.name ?? nothing}
      type=${o.inputType ?? 'text'}
      data-pointer=${o.pointer}
      aria-describedby=${o.hint ? `${id}-hint` : nothing}
      .value=${live(str(value))}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        ctx.modeling.setProperty(o.pointer, raw === '' && !o.required ? undefined : raw);
      }}
    />
  </div>`;
}

export function numberEntry(
  ctx: EditorContext,
  o: EntryOptions & { step?: string; min?: number },
): TemplateResult {
  const id = uid('n');
  const value = getAt(ctx.definition, o.pointer);
  return html`<div class="field">
    <label for=${id}><span>${o.label}</span></label>
    ${o.hint ? html`<span class="hint" id=${`${id}-hint`}>${o.hint}</span>` : nothing}
    <input
      id=${id}
      type="number"
      step=${o.step ?? 'any'}
      min=${o.min ?? nothing}
      data-pointer=${o.pointer}
      aria-describedby=${o.hint ? `${id}-hint` : nothing}
      .value=${live(str(value))}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        const n = Number(raw);
        ctx.modeling.setProperty(
          o.pointer,
          raw === '' ? (o.required ? 0 : undefined) : Number.isFinite(n) ? n : raw,
        );
      }}
    />
  </div>`;
}

export function booleanEntry(ctx: EditorContext, o: EntryOptions): TemplateResult {
  const value = getAt(ctx.definition, o.pointer) === true;
  return html`<label class="row check">
    <input
      type="checkbox"
      data-pointer=${o.pointer}
      .checked=${live(value)}
      @change=${(e: Event) =>
        ctx.modeling.setProperty(o.pointer, (e.target as HTMLInputElement).checked || undefined)}
    />
    ${o.label}
  </label>`;
}

export function selectEntry(
  ctx: EditorContext,
  o: EntryOptions & { options: [string, string][]; allowEmpty?: boolean },
): TemplateResult {
  const id = uid('s');
  const value = str(getAt(ctx.definition, o.pointer));
  const known = o.options.some(([v]) => v === value);
  return html`<div class="field">
    <label for=${id}><span>${o.label}</span></label>
    <select
      id=${id}
      data-pointer=${o.pointer}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLSelectElement).value;
        ctx.modeling.setProperty(o.pointer, raw === '' ? undefined : raw);
      }}
    >
      ${o.allowEmpty ? html`<option value="" ?selected=${value === ''}>${t('common.none')}</option>` : nothing}
      ${!known && value !== '' ? html`<option value=${value} selected>${value}</option>` : nothing}
      ${o.options.map(
        ([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`,
      )}
    </select>
  </div>`;
}

/** A text in Vietnamese and English (`{ vi, en }`). */
export function localizedEntry(
  ctx: EditorContext,
  o: EntryOptions & { multiline?: boolean },
): TemplateResult {
  const value = getAt(ctx.definition, o.pointer) as Record<string, unknown> | undefined;
  const write = (lang: 'vi' | 'en', text: string) => {
    const current = typeof value === 'object' && value !== null ? { ...value } : {};
    if (text === '') delete current[lang];
    else current[lang] = text;
    if (current.vi === undefined && (current.en !== undefined || o.required)) current.vi = '';
    const empty = Object.keys(current).length === 0;
    ctx.modeling.setProperty(o.pointer, empty && !o.required ? undefined : current);
  };
  const control = (lang: 'vi' | 'en') => {
    const caption = t(lang === 'vi' ? 'lang.vi' : 'lang.en');
    const text = str(value?.[lang]);
    const onChange = (e: Event) =>
      write(lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<label class="lang"
      ><span class="hint">${caption}</span> ${
        o.multiline
          ? html`<textarea
              rows="3"
              lang=${lang}
              data-pointer=${`${o.pointer}/${lang}`}
              .value=${live(text)}
              @change=${onChange}
            ></textarea>`
          : html`<input
              lang=${lang}
              data-pointer=${`${o.pointer}/${lang}`}
              .value=${live(text)}
              @change=${onChange}
            />`
      }</label
    >`;
  };
  return html`<fieldset class="localized">
    <legend>${o.label}${o.required ? html` <span aria-hidden="true">*</span>` : nothing}</legend>
    <div class="pair">${control('vi')}${control('en')}</div>
  </fieldset>`;
}

/** A JSON Logic condition, built visually (or as raw JSON when the builder cannot show it). */
export function conditionEntry(ctx: EditorContext, o: EntryOptions): TemplateResult {
  return html`<hoso-condition-builder
    data-pointer=${o.pointer}
    .label=${o.label}
    .rule=${getAt(ctx.definition, o.pointer)}
    .fields=${ctx.fields}
    @rule-change=${(e: CustomEvent<{ rule: unknown }>) =>
      ctx.modeling.setProperty(o.pointer, e.detail.rule)}
  ></hoso-condition-builder>`;
}

export function formulaEntry(ctx: EditorContext, o: EntryOptions): TemplateResult {
  return html`<hoso-formula-editor
    data-pointer=${o.pointer}
    .label=${o.label}
    .rule=${getAt(ctx.definition, o.pointer)}
    .fields=${ctx.fields}
    @rule-change=${(e: CustomEvent<{ rule: unknown }>) =>
      ctx.modeling.setProperty(o.pointer, e.detail.rule)}
  ></hoso-formula-editor>`;
}

/** Buttons to reorder and delete an item of a list. */
export function itemActions(
  ctx: EditorContext,
  pointer: string,
  length: number,
  index: number,
  name: string,
): TemplateResult {
  return html`<div class="row item-actions">
    <button
      type="button"
      class="icon"
      aria-label=${`${t('common.up')}: ${name}`}
      ?disabled=${index === 0}
      @click=${() => ctx.modeling.moveItem(pointer, -1)}
    >
      ↑
    </button>
    <button
      type="button"
      class="icon"
      aria-label=${`${t('common.down')}: ${name}`}
      ?disabled=${index >= length - 1}
      @click=${() => ctx.modeling.moveItem(pointer, 1)}
    >
      ↓
    </button>
    <button
      type="button"
      class="icon"
      aria-label=${`${t('common.remove')}: ${name}`}
      @click=${() => ctx.modeling.removeItem(pointer)}
    >
      ✕
    </button>
  </div>`;
}
