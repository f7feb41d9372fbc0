/**
 * How one element looks to the citizen: used by the canvas (inert, in design mode) and by the
 * designer's own preview (live). It follows the structure @hoso/elements renders: a label, a
 * hint, the control, and the error, tied together by ids.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, type Locale } from '../i18n/locale.js';

export interface ControlState {
  id: string;
  value?: unknown;
  required?: boolean;
  disabled?: boolean;
  errors?: string[];
  /** Design mode: nothing is focusable or editable. */
  inert?: boolean;
  onValue?: (value: unknown) => void;
  onBlur?: () => void;
  /** Language of the definition's texts (the preview's, not the designer's). */
  locale?: Locale;
}

type Any = Record<string, unknown>;

function options(element: Any): { value: string; label: unknown }[] {
  return Array.isArray(element.options)
    ? (element.options as { value: string; label: unknown }[])
    : [];
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function renderControl(element: Any, s: ControlState): TemplateResult {
  const type = String(element.type);
  const loc = (value: unknown) => localized(value, s.locale);
  const hintId = `${s.id}-hint`;
  const errorId = `${s.id}-error`;
  const described = [element.hint ? hintId : '', s.errors?.length ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const set = (value: unknown) => s.onValue?.(value);
  const tab = s.inert ? -1 : 0;
  const invalid = s.errors?.length ? 'true' : 'false';
  const label = loc(element.label);
  const mark = s.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing;
  const hint = element.hint
    ? html`<div class="hint" id=${hintId}>${loc(element.hint)}</div>`
    : nothing;
  const error = s.errors?.length
    ? html`<div class="error" id=${errorId}>${s.errors.join(' ')}</div>`
    : nothing;
  const common = {
    'aria-describedby': described || undefined,
  };
  const input = (inputType: string, extra: Partial<Record<string, string>> = {}) =>
    html`<input
      id=${s.id}
      type=${inputType}
      tabindex=${tab}
      ?disabled=${s.disabled}
      ?required=${s.required}
      aria-invalid=${invalid}
      aria-describedby=${common['aria-describedby'] ?? nothing}
      autocomplete=${(element.autocomplete as string | undefined) ?? nothing}
      placeholder=${loc(element.placeholder) || nothing}
      inputmode=${extra.inputmode ?? nothing}
      .value=${text(s.value)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        set(
          ['number', 'integer', 'money'].includes(type) &&
            raw !== '' &&
            Number.isFinite(Number(raw))
            ? Number(raw)
            : raw,
        );
      }}
      @blur=${() => s.onBlur?.()}
    />`;
  switch (type) {
    case 'content':
      return html`<div class="content">${loc(element.text)}</div>`;
    case 'computed':
      return html`<div class="field">
        <span class="label">${label}</span>${hint}
        <output class="computed" aria-label=${label}>${text(s.value) || '—'}</output>
      </div>`;
    case 'checkbox':
      return html`<div class="field checkbox">
        <label
          ><input
            id=${s.id}
            type="checkbox"
            tabindex=${tab}
            ?disabled=${s.disabled}
            aria-invalid=${invalid}
            aria-describedby=${common['aria-describedby'] ?? nothing}
            .checked=${s.value === true}
            @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
          />
          ${label}${mark}</label
        >${hint}${error}
      </div>`;
    case 'radio':
    case 'checkboxes': {
      const multiple = type === 'checkboxes';
      const values = Array.isArray(s.value) ? (s.value as string[]) : [];
      return html`<fieldset
        class="field choice"
        aria-describedby=${common['aria-describedby'] ?? nothing}
      >
        <legend>${label}${mark}</legend>
        ${hint}
        ${options(element).map(
          (o, i) =>
            html`<label
              ><input
                type=${multiple ? 'checkbox' : 'radio'}
                name=${s.id}
                id=${`${s.id}-${i}`}
                tabindex=${tab}
                ?disabled=${s.disabled}
                .checked=${multiple ? values.includes(o.value) : s.value === o.value}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  if (!multiple) set(o.value);
                  else set(on ? [...values, o.value] : values.filter((v) => v !== o.value));
                }}
              />
              ${loc(o.label) || o.value}</label
            >`,
        )}
        ${error}
      </fieldset>`;
    }
    default:
      break;
  }
  let control: TemplateResult;
  if (type === 'textarea') {
    control = html`<textarea
      id=${s.id}
      tabindex=${tab}
      rows=${(element.rows as number | undefined) ?? 3}
      ?disabled=${s.disabled}
      aria-invalid=${invalid}
      aria-describedby=${common['aria-describedby'] ?? nothing}
      .value=${text(s.value)}
      @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}
      @blur=${() => s.onBlur?.()}
    ></textarea>`;
  } else if (type === 'select') {
    control = html`<select
      id=${s.id}
      tabindex=${tab}
      ?disabled=${s.disabled}
      aria-invalid=${invalid}
      aria-describedby=${common['aria-describedby'] ?? nothing}
      @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!s.value}>—</option>
      ${options(element).map(
        (o) =>
          html`<option value=${o.value} ?selected=${s.value === o.value}>
            ${loc(o.label) || o.value}
          </option>`,
      )}
    </select>`;
  } else if (type === 'address') {
    const value = (s.value ?? {}) as Record<string, unknown>;
    const part = (name: string, caption: string) =>
      html`<input
        id=${`${s.id}-${name}`}
        aria-label=${`${label}: ${caption}`}
        tabindex=${tab}
        ?disabled=${s.disabled}
        .value=${text(value[name])}
        @input=${(e: Event) => set({ ...value, [name]: (e.target as HTMLInputElement).value })}
      />`;
    return html`<fieldset class="field address">
      <legend>${label}${mark}</legend>
      ${hint} ${part('province', 'Tỉnh / Province')} ${part('commune', 'Xã / Commune')}
      ${part('street', 'Số nhà, đường / Street')} ${error}
    </fieldset>`;
  } else if (type === 'file') {
    control = html`<input
      id=${s.id}
      type="file"
      tabindex=${tab}
      ?disabled=${s.disabled}
      accept=${Array.isArray(element.accept) ? element.accept.join(',') : nothing}
      aria-describedby=${common['aria-describedby'] ?? nothing}
      @change=${(e: Event) => {
        const files = [...((e.target as HTMLInputElement).files ?? [])];
        set(files.map((f) => ({ name: f.name, size: f.size, type: f.type })));
      }}
    />`;
  } else {
    const kinds: Record<string, [string, string?]> = {
      number: ['number', 'decimal'],
      integer: ['number', 'numeric'],
      money: ['number', 'numeric'],
      date: ['date'],
      email: ['email'],
      phone: ['tel'],
      'citizen-id': ['text', 'numeric'],
      'tax-code': ['text'],
    };
    const [inputType, inputmode] = kinds[type] ?? ['text'];
    control = input(inputType, inputmode ? { inputmode } : {});
  }
  const unit = loc(element.unit) || (type === 'money' ? 'đồng' : '');
  return html`<div class="field">
    <label for=${s.id}>${label}${mark}</label>${hint}
    <div class="control">${control}${unit ? html`<span class="unit">${unit}</span>` : nothing}</div>
    ${error}
  </div>`;
}
