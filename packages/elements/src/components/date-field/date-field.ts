import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HosoFieldElement, type FieldIds } from '../../internal/hoso-field-element.js';

/**
 * @summary A date, with the browser's date picker; the value is ISO `YYYY-MM-DD`.
 * @status experimental
 * @event input - The date changed.
 * @event change - The citizen finished editing.
 */
@customElement('hoso-date-field')
export class HosoDateField extends HosoFieldElement {
  @property() value = '';

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }
  protected isEmpty(): boolean {
    return this.value === '';
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    return html`<input
      id=${ids.control}
      part="control"
      type="date"
      .value=${live(this.value)}
      ?disabled=${this.isDisabled}
      aria-required=${this.isRequired ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(ids.describedBy)}
      autocomplete=${ifDefined(this.element?.autocomplete)}
      @input=${this.onInput}
      @change=${() => this.emit('change')}
    />`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-date-field': HosoDateField;
  }
}
