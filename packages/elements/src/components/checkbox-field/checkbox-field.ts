import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HosoFieldElement, type FieldIds } from '../../internal/hoso-field-element.js';
import { localize, msg } from '../../internal/i18n.js';

/**
 * @summary One checkbox (a declaration, a yes/no answer); the value is a boolean.
 * @status experimental
 * @event input - Ticked or unticked.
 * @event change - Ticked or unticked.
 */
@customElement('hoso-checkbox-field')
export class HosoCheckboxField extends HosoFieldElement {
  @property({ type: Boolean }) value = false;

  protected formValue(): string | null {
    return this.value ? 'on' : null;
  }
  protected isEmpty(): boolean {
    return !this.value;
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }
  protected override restoreState(state: string): void {
    this.value = state === 'on';
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).checked;
  }

  // The checkbox's own label is the definition's label: no separate label above it.
  protected override render(): TemplateResult {
    const lang = this.language;
    const error = this.errors[0];
    const invalid = error !== undefined;
    const hint = localize(this.element?.hint, lang);
    const ids: FieldIds = {
      control: `${this.uid}-control`,
      label: `${this.uid}-label`,
      hint: `${this.uid}-hint`,
      error: `${this.uid}-error`,
      describedBy:
        [hint ? `${this.uid}-hint` : '', invalid ? `${this.uid}-error` : '']
          .filter(Boolean)
          .join(' ') || undefined,
    };
    return html`<div class="${this.fieldClasses(invalid)}" part="base">
      ${
        invalid
          ? html`<p class="error" id=${ids.error} part="error">
              <span class="visually-hidden">${msg('error.prefix', lang)}</span>
              ${localize(error.message, lang)}
            </p>`
          : ''
      }
      ${this.renderControl(ids, invalid)}
      ${hint ? html`<p class="hint" id=${ids.hint} part="hint">${hint}</p>` : ''}
    </div>`;
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    return html`<div class="option">
      <input
        id=${ids.control}
        part="control"
        type="checkbox"
        name=${this.name}
        .checked=${live(this.value)}
        ?disabled=${this.isDisabled}
        aria-required=${this.isRequired ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(ids.describedBy)}
        aria-readonly=${ifDefined(this.isReadOnly ? 'true' : undefined)}
        @click=${this.keepWhenReadOnly}
        @input=${this.onInput}
        @change=${() => this.emit('change')}
      />
      <label id=${ids.label} for=${ids.control} part="label"
        >${localize(this.element?.label, this.language)}</label
      >
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-checkbox-field': HosoCheckboxField;
  }
}
