import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { todayInVietnam } from '@hoso/core/precompiled';
import {
  HosoFieldElement,
  type FieldDefinition,
  type FieldIds,
} from '../../internal/hoso-field-element.js';
import { msg } from '../../internal/i18n.js';
import { formatDayMonthYear, parseDayMonthYear } from './day-month-year.js';

/** A date element's bounds: ISO dates, or `today` (in Vietnam). */
type DateDefinition = FieldDefinition & { minimum?: string; maximum?: string };

/** Browsers without `showPicker()` get no calendar button: typing always works. */
const CAN_SHOW_PICKER =
  typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;

/** The value a typed text stands for: ISO when it is a real date, '' when blank, else the text. */
function valueOfText(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (parseDayMonthYear(trimmed) ?? trimmed);
}

function boundOf(bound: string | undefined): string | undefined {
  return bound === 'today' ? todayInVietnam() : bound;
}

/**
 * @summary A date typed as dd/mm/yyyy in every browser language, with a calendar button that
 * opens the browser's date picker; the value is ISO `YYYY-MM-DD`.
 *
 * The citizen may type `25/12/1990`, `5/1/1990`, `25-12-1990`, `25.12.1990` or `25121990`; on
 * leaving the field the text is written as `25/12/1990`. Text that is not a real date
 * (`31/02/2024`, a two-digit year, letters) stays as typed and the field reports `badInput`.
 * @status experimental
 * @event input - The date changed (as the citizen types, or picked from the calendar).
 * @event change - The citizen finished editing (on blur, or a date was picked).
 * @csspart control - The text `<input>`.
 * @csspart format-hint - The "For example: 25/12/1990" line.
 * @csspart picker-button - The calendar button.
 */
@customElement('hoso-date-field')
export class HosoDateField extends HosoFieldElement {
  static override styles = [
    ...HosoFieldElement.styles,
    css`
      .date {
        position: relative;
        display: flex;
        gap: var(--hoso-space-xs, 0.25rem);
        align-items: stretch;
      }
      .date input[type='text'] {
        /* Ten characters, padding and borders: no wider than the answer it takes. */
        width: 14ch;
        max-width: 100%;
      }
      .pick {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: var(--hoso-control-height, 2.75rem);
        min-height: var(--hoso-control-height, 2.75rem);
        padding: 0;
        color: var(--hoso-text-color, #1b1f24);
        background-color: var(--hoso-input-background-color, #ffffff);
        border: var(--hoso-input-border-width, 2px) solid var(--hoso-input-border-color, #5c6670);
        border-radius: var(--hoso-radius, 4px);
        cursor: pointer;
      }
      .pick:disabled {
        color: var(--hoso-disabled-text-color, #5f6a74);
        background-color: var(--hoso-disabled-background-color, #eef1f4);
        border-color: var(--hoso-disabled-text-color, #5f6a74);
        cursor: not-allowed;
      }
      .pick svg {
        width: 1.5rem;
        height: 1.5rem;
      }
      /* The native date input only lends its picker; it sits under the row, unseen and inert to
         the pointer, so the browser opens the calendar next to the field. */
      .date .picker {
        position: absolute;
        inset-inline-start: 0;
        inset-block-end: 0;
        width: 1px;
        height: 1px;
        min-height: 0;
        padding: 0;
        border: 0;
        opacity: 0;
        pointer-events: none;
      }
      .field:has(.own-error) {
        border-inline-start: var(--hoso-error-border-width, 4px) solid
          var(--hoso-error-color, #b3261e);
        padding-inline-start: var(--hoso-space-m, 1rem);
      }
    `,
  ];

  /**
   * The date as ISO `YYYY-MM-DD`; '' when empty. While the typed text is not a real date, the
   * text itself (never '' and never another date), so a form store or server reports it.
   */
  @property() value = '';

  /** @internal What the input shows: the citizen's text, or the value as dd/mm/yyyy. */
  @state() private text = '';
  /** @internal The citizen left the field: from then on an unreadable date is pointed out. */
  @state() private left = false;
  /** @internal `showPicker()` was refused (e.g. in a cross-origin frame): no calendar button. */
  @state() private pickerRefused = false;

  @query('.picker') private picker!: HTMLInputElement | null;

  /** @internal The value is text that is not a real date. */
  private get badInput(): boolean {
    return this.value !== '' && formatDayMonthYear(this.value) === null;
  }

  protected formValue(): string | null {
    // An unreadable date is submitted as typed: the server's format check then refuses it with
    // the message the browser shows, instead of receiving nothing.
    return this.value === '' ? null : this.value;
  }
  protected isEmpty(): boolean {
    return this.value === '';
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.left = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A value set from outside (a form store, a reset, a restore) is shown as dd/mm/yyyy; the
    // citizen's own text is left alone while it already stands for that value.
    if (changed.has('value') && valueOfText(this.text) !== this.value)
      this.text = formatDayMonthYear(this.value) ?? this.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Like a native control with unparsable input: invalid at once, whatever `errors` says. A
    // form store reaches the same verdict by itself (core's `format.date` error for the text),
    // so the store's message, when given, is the one reported.
    if (this.badInput && !this.isReadOnly)
      this.internals.setValidity(
        { badInput: true, customError: this.errors.length > 0 },
        this.errors.length > 0 ? this.validationMessage : msg('date.badInput', this.language),
        this.anchor() ?? undefined,
      );
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.value = valueOfText(this.text);
  }

  private onChange(): void {
    const shown = formatDayMonthYear(this.value);
    if (shown) this.text = shown;
    this.emit('change');
  }

  private openPicker(): void {
    const picker = this.picker;
    if (!picker) return;
    try {
      picker.showPicker();
    } catch {
      // Refused (no user activation, a cross-origin frame): the citizen types the date instead.
      this.renderRoot.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
      this.pickerRefused = true;
    }
  }

  /** The picker's own `input` stays inside: the field tells once the date is written back. */
  private onPicked(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.text = formatDayMonthYear(this.value) ?? '';
    this.emit('input');
    this.emit('change');
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    const lang = this.language;
    const formatId = `${this.uid}-format`;
    const ownError = !invalid && this.left && this.badInput && !this.isReadOnly;
    const hasHint = ids.describedBy?.split(' ').includes(ids.hint) ?? false;
    const describedBy = [hasHint ? ids.hint : '', formatId, invalid || ownError ? ids.error : '']
      .filter(Boolean)
      .join(' ');
    const definition = this.element as DateDefinition | undefined;
    const canPick = CAN_SHOW_PICKER && !this.pickerRefused && !this.isReadOnly;
    return html`${
        ownError
          ? html`<p class="error own-error" id=${ids.error} part="error">
              <span class="visually-hidden">${msg('error.prefix', lang)}</span>
              ${msg('date.badInput', lang)}
            </p>`
          : nothing
      }
      <p class="hint" id=${formatId} part="format-hint">${msg('date.example', lang)}</p>
      <div class="date">
        <input
          id=${ids.control}
          part="control"
          type="text"
          inputmode="numeric"
          spellcheck="false"
          .value=${live(this.text)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.isReadOnly}
          aria-required=${this.isRequired ? 'true' : 'false'}
          aria-invalid=${invalid || ownError ? 'true' : 'false'}
          aria-describedby=${describedBy}
          autocomplete=${ifDefined(definition?.autocomplete)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${() => (this.left = true)}
        />
        ${
          canPick
            ? html`<button
                  type="button"
                  class="pick"
                  part="picker-button"
                  title=${msg('date.choose', lang)}
                  ?disabled=${this.isDisabled}
                  @click=${this.openPicker}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path
                      fill="none"
                      stroke="currentColor"
                      stroke-width="2"
                      d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5"
                    />
                  </svg>
                  <span class="visually-hidden">${msg('date.choose', lang)}</span>
                </button>
                <input
                  class="picker"
                  type="date"
                  tabindex="-1"
                  aria-hidden="true"
                  .value=${live(formatDayMonthYear(this.value) ? this.value : '')}
                  min=${ifDefined(boundOf(definition?.minimum))}
                  max=${ifDefined(boundOf(definition?.maximum))}
                  ?disabled=${this.isDisabled}
                  @input=${(event: Event) => event.stopPropagation()}
                  @change=${this.onPicked}
                />`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-date-field': HosoDateField;
  }
}
