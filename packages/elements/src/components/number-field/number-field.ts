import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HosoFieldElement, type FieldIds } from '../../internal/hoso-field-element.js';
import { msg } from '../../internal/i18n.js';

const GROUPED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/**
 * Reads what the citizen typed. Integers and money accept Vietnamese grouping (`1.500.000`,
 * `1 500 000`, `1,500,000`); numbers accept a decimal comma. Anything else stays the text typed,
 * so validation reports it (`type`) instead of silently losing it.
 */
export function parseNumber(text: string, kind: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number') {
    const plain = trimmed
      .replace(/\s/g, '')
      .replace(/\.(?=\d{3}(\D|$))/g, '')
      .replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed;
  }
  const plain = trimmed.replace(/(đồng|đ|₫|vnd)$/i, '').replace(/[\s.,]/g, '');
  return /^-?\d+$/.test(plain) ? Number(plain) : trimmed;
}

/**
 * @summary A number: number, integer or money (whole đồng, grouped as `1.500.000` on blur).
 * @status experimental
 * @event input - The citizen typed; `value` is a number when the text reads as one.
 * @event change - The citizen finished editing (on blur).
 * @csspart suffix - The unit ("đồng") after a money amount.
 */
@customElement('hoso-number-field')
export class HosoNumberField extends HosoFieldElement {
  /** A number, or the text typed when it does not read as one, or undefined when empty. */
  @property({ attribute: false }) value: number | string | undefined;
  /** `number`, `integer` or `money`; defaults to the `element`'s type. */
  @property() kind: 'number' | 'integer' | 'money' | undefined;

  /** @internal What the input shows. */
  @state() private text = '';

  private get effectiveKind(): string {
    return this.kind ?? this.element?.type ?? 'number';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value') && parseNumber(this.text, this.effectiveKind) !== this.value)
      this.text = this.display(this.value);
  }

  private display(value: number | string | undefined): string {
    if (value === undefined) return '';
    if (typeof value === 'number' && this.effectiveKind === 'money') return GROUPED.format(value);
    return String(value);
  }

  protected formValue(): string | null {
    return this.value === undefined ? null : String(this.value);
  }
  protected isEmpty(): boolean {
    return this.value === undefined;
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }
  protected override restoreState(state: string): void {
    this.value = parseNumber(state, this.effectiveKind);
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.value = parseNumber(this.text, this.effectiveKind);
  }
  private onChange(): void {
    this.text = this.display(this.value);
    this.emit('change');
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    const input = html`<input
      id=${ids.control}
      part="control"
      type="text"
      .value=${live(this.text)}
      ?disabled=${this.isDisabled}
      ?readonly=${this.isReadOnly}
      inputmode=${this.effectiveKind === 'number' ? 'decimal' : 'numeric'}
      spellcheck="false"
      autocomplete=${ifDefined(this.element?.autocomplete ?? 'off')}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(ids.describedBy)}
      @input=${this.onInput}
      @change=${this.onChange}
    />`;
    return this.effectiveKind === 'money'
      ? html`<div class="option">
          ${input}<span class="suffix" part="suffix">${msg('money.unit', this.language)}</span>
        </div>`
      : input;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-number-field': HosoNumberField;
  }
}
