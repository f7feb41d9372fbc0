import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HosoFieldElement, type FieldIds } from '../../internal/hoso-field-element.js';
import { localize } from '../../internal/i18n.js';

/** Text kinds and how the keyboard, autofill and spelling help with each. */
const KINDS: Record<
  string,
  {
    type: string;
    inputmode?: string;
    autocomplete?: string;
    spellcheck?: boolean;
  }
> = {
  text: { type: 'text' },
  textarea: { type: 'text' },
  email: {
    type: 'email',
    inputmode: 'email',
    autocomplete: 'email',
    spellcheck: false,
  },
  phone: {
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel',
    spellcheck: false,
  },
  'citizen-id': {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: false,
  },
  'tax-code': { type: 'text', autocomplete: 'off', spellcheck: false },
};

/**
 * @summary A text answer: text, textarea, email, phone, citizen ID or tax code.
 * @status experimental
 * @event input - The citizen typed.
 * @event change - The citizen finished editing (on blur).
 * @csspart control - The `<input>` or `<textarea>`.
 */
@customElement('hoso-text-field')
export class HosoTextField extends HosoFieldElement {
  @property() value = '';
  /** Which text it is; defaults to the `element`'s type. */
  @property() kind: string | undefined;

  private get effectiveKind(): string {
    return this.kind ?? this.element?.type ?? 'text';
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }
  protected isEmpty(): boolean {
    return this.value.trim() === '';
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input, textarea');
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    const kind = this.effectiveKind;
    const spec = KINDS[kind] ?? KINDS['text']!;
    const placeholder = localize(this.element?.placeholder, this.language) || undefined;
    const autocomplete = this.element?.autocomplete ?? spec.autocomplete;
    if (kind === 'textarea') {
      return html`<textarea
        id=${ids.control}
        part="control"
        rows=${this.element?.rows ?? 5}
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadOnly}
        aria-required=${this.isRequired ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(ids.describedBy)}
        placeholder=${ifDefined(placeholder)}
        autocomplete=${ifDefined(autocomplete)}
        @input=${this.onInput}
        @change=${() => this.emit('change')}
      ></textarea>`;
    }
    return html`<input
      id=${ids.control}
      part="control"
      type=${spec.type}
      .value=${live(this.value)}
      ?disabled=${this.isDisabled}
      ?readonly=${this.isReadOnly}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(ids.describedBy)}
      placeholder=${ifDefined(placeholder)}
      inputmode=${ifDefined(spec.inputmode)}
      autocomplete=${ifDefined(autocomplete)}
      spellcheck=${spec.spellcheck === false ? 'false' : 'true'}
      @input=${this.onInput}
      @change=${() => this.emit('change')}
    />`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-text-field': HosoTextField;
  }
}
