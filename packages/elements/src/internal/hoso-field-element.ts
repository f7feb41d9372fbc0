import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ValidationError } from '@hoso/core/precompiled';
import { localize, msg, toLang, type Lang } from './i18n.js';
import { uniqueId } from './ids.js';
import { sharedStyles } from './shared-styles.js';

/** The parts of a definition element a field draws: label, hint, placeholder, options. */
export interface FieldDefinition {
  type: string;
  key: string;
  label?: { vi: string; en?: string };
  hint?: { vi: string; en?: string };
  placeholder?: { vi: string; en?: string };
  autocomplete?: string;
  required?: boolean;
  rows?: number;
  options?: { value: string; label: { vi: string; en?: string } }[];
}

/** Ids of the parts of one field, unique in the document. */
export interface FieldIds {
  control: string;
  label: string;
  hint: string;
  error: string;
  describedBy: string | undefined;
}

/**
 * The form-associated base of every Hoso field. Label, hint, error message and the native
 * control live in ONE shadow root so `for`, `aria-describedby` and `aria-invalid` work; the host
 * takes part in a surrounding `<form>` through `ElementInternals` (value, validity, reset,
 * disabled fieldsets) and forwards focus to the control (`delegatesFocus`).
 *
 * Text from the definition is rendered as text: Lit escapes it.
 *
 * @internal
 */
export abstract class HosoFieldElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [sharedStyles];

  /** @internal */
  protected readonly internals: ElementInternals;
  /** @internal */
  protected readonly uid = uniqueId('hoso-field');

  /** The definition element this field draws (label, hint, options …). */
  @property({ attribute: false }) element: FieldDefinition | undefined;
  /** The name the value has in a surrounding form's `FormData`. */
  @property({ reflect: true }) name = '';
  /** Errors to show (a form store's `shownErrors`); the first one is displayed. */
  @property({ attribute: false }) errors: readonly ValidationError[] = [];
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  /** @internal Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;

  /** @internal The value before any change, restored by a form reset. */
  protected defaultValue: unknown;
  private defaultCaptured = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The field's value (type depends on the element). */
  abstract value: unknown;

  /** The value as it goes into `FormData`. */
  protected abstract formValue(): string | FormData | null;
  /** True when nothing is answered. */
  protected abstract isEmpty(): boolean;
  /** The native control, drawn inside the shadow root. */
  protected abstract renderControl(ids: FieldIds, invalid: boolean): TemplateResult;
  /** The element validity messages are anchored to. */
  protected abstract anchor(): HTMLElement | null;

  /** Whether label, hint and error go in a fieldset with a legend (radio and checkbox groups). */
  protected get isGroup(): boolean {
    return false;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal */
  protected get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }
  /** @internal */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /** @internal */
  protected get isRequired(): boolean {
    return this.required || this.element?.required === true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.defaultCaptured) {
      this.defaultCaptured = true;
      this.defaultValue = structuredClone(this.value);
    }
  }

  formResetCallback(): void {
    this.value = structuredClone(this.defaultValue);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | FormData | null): void {
    if (typeof state === 'string') this.restoreState(state);
  }

  /** @internal Restores a value saved by the browser (back/forward navigation). */
  protected restoreState(state: string): void {
    this.value = state;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(this.formValue());
    const anchor = this.anchor() ?? undefined;
    const shown = this.errors[0];
    if (shown) {
      this.internals.setValidity(
        { customError: true },
        localize(shown.message, this.language),
        anchor,
      );
    } else if (this.isRequired && this.isEmpty()) {
      this.internals.setValidity(
        { valueMissing: true },
        msg('field.required', this.language),
        anchor,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  /** @internal Tells listeners the value changed: `input` as the citizen types, `change` when done. */
  protected emit(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const element = this.element;
    const label = localize(element?.label, lang);
    const hint = localize(element?.hint, lang);
    const error = this.errors[0];
    const invalid = error !== undefined;
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
    const optional = this.isRequired
      ? nothing
      : html` <span class="optional">${msg('field.optional', lang)}</span>`;
    const hintPart = hint ? html`<p class="hint" id=${ids.hint} part="hint">${hint}</p>` : nothing;
    const errorPart = invalid
      ? html`<p class="error" id=${ids.error} part="error">
          <span class="visually-hidden">${msg('error.prefix', lang)}</span>
          ${localize(error.message, lang)}
        </p>`
      : nothing;
    if (this.isGroup) {
      return html`<div class="field ${invalid ? 'invalid' : ''}" part="base">
        <fieldset aria-describedby=${ids.describedBy ?? nothing} ?disabled=${this.isDisabled}>
          <legend id=${ids.label} part="label">${label}${optional}</legend>
          ${hintPart} ${errorPart} ${this.renderControl(ids, invalid)}
        </fieldset>
      </div>`;
    }
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="base">
      <label class="label" id=${ids.label} for=${ids.control} part="label"
        >${label}${optional}</label
      >
      ${hintPart} ${errorPart} ${this.renderControl(ids, invalid)}
    </div>`;
  }
}
