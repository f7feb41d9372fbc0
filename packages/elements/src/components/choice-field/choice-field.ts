import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HosoFieldElement, type FieldIds } from '../../internal/hoso-field-element.js';
import { localize, msg } from '../../internal/i18n.js';
import { readOnlySelect } from '../../internal/read-only-select.js';

/**
 * @summary A choice among the definition's options: a select, radio buttons or checkboxes
 * (radios and checkboxes in a fieldset whose legend is the label).
 * @status experimental
 * @event input - The choice changed.
 * @event change - The choice changed.
 */
@customElement('hoso-choice-field')
export class HosoChoiceField extends HosoFieldElement {
  /** The chosen value (select, radio) or values (checkboxes). */
  @property({ attribute: false }) value: string | string[] | undefined;
  /** `select`, `radio` or `checkboxes`; defaults to the `element`'s type. */
  @property() kind: 'select' | 'radio' | 'checkboxes' | undefined;

  private get effectiveKind(): string {
    return this.kind ?? this.element?.type ?? 'select';
  }
  protected override get isGroup(): boolean {
    return this.effectiveKind !== 'select';
  }
  private get chosen(): string[] {
    if (this.value === undefined) return [];
    return Array.isArray(this.value) ? this.value : [this.value];
  }

  protected formValue(): string | FormData | null {
    if (this.effectiveKind !== 'checkboxes') return this.chosen[0] ?? null;
    const data = new FormData();
    for (const v of this.chosen) data.append(this.name, v);
    return data;
  }
  protected isEmpty(): boolean {
    return this.chosen.length === 0;
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('select, input');
  }
  protected override restoreState(state: string): void {
    this.value = this.effectiveKind === 'checkboxes' ? [state] : state;
  }

  private onSelect(event: Event): void {
    const v = (event.target as HTMLSelectElement).value;
    this.value = v === '' ? undefined : v;
  }
  private onRadio(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }
  private onCheckbox(event: Event): void {
    const box = event.target as HTMLInputElement;
    const others = this.chosen.filter((v) => v !== box.value);
    const next = box.checked ? [...others, box.value] : others;
    // Keep the definition's order of options.
    const order = (this.element?.options ?? []).map((o) => o.value);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.value = next.length > 0 ? next : undefined;
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    const lang = this.language;
    const options = this.element?.options ?? [];
    const chosen = this.chosen;
    const kind = this.effectiveKind;
    if (kind === 'select' && this.isReadOnly && !this.isDisabled) {
      const option = options.find((o) => chosen.includes(o.value));
      return readOnlySelect({
        id: ids.control,
        text: option ? localize(option.label, lang) : '',
        describedBy: ids.describedBy,
        required: this.isRequired,
        invalid,
      });
    }
    if (kind === 'select') {
      return html`<select
        id=${ids.control}
        part="control"
        name=${this.name}
        ?disabled=${this.isDisabled}
        aria-required=${this.isRequired ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(ids.describedBy)}
        @input=${this.onSelect}
        @change=${() => this.emit('change')}
      >
        <option value="" ?selected=${chosen.length === 0}>
          ${msg('choice.placeholder', lang)}
        </option>
        ${options.map(
          (o) =>
            html`<option value=${o.value} ?selected=${chosen.includes(o.value)}>
              ${localize(o.label, lang)}
            </option>`,
        )}
      </select>`;
    }
    const type = kind === 'radio' ? 'radio' : 'checkbox';
    const readOnly = this.isReadOnly;
    // A radio cannot carry aria-readonly; its group can.
    const group = readOnly && type === 'radio';
    return html`<div
      class="options"
      part="control"
      role=${ifDefined(group ? 'radiogroup' : undefined)}
      aria-labelledby=${ifDefined(group ? ids.label : undefined)}
      aria-readonly=${ifDefined(group ? 'true' : undefined)}
    >
      ${options.map((o, i) => {
        const id = `${ids.control}-${i}`;
        return html`<div class="option">
          <input
            id=${i === 0 ? ids.control : id}
            type=${type}
            name=${this.uid}
            .value=${o.value}
            .checked=${live(chosen.includes(o.value))}
            ?disabled=${this.isDisabled}
            aria-invalid=${ifDefined(type === 'checkbox' && invalid ? 'true' : undefined)}
            aria-readonly=${ifDefined(type === 'checkbox' && readOnly ? 'true' : undefined)}
            @click=${this.keepWhenReadOnly}
            @input=${type === 'radio' ? this.onRadio : this.onCheckbox}
            @change=${() => this.emit('change')}
          />
          <label for=${i === 0 ? ids.control : id}>${localize(o.label, lang)}</label>
        </div>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-choice-field': HosoChoiceField;
  }
}
