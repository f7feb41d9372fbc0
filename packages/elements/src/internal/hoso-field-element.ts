import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ValidationError } from '@hoso/core/precompiled';
import { localize, msg, toLang, type Lang } from './i18n.js';
import { uniqueId } from './ids.js';
import { readOnlyContext } from './read-only-context.js';
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
 * Read-only (`readonly`, or inside `<hoso-form readonly>`) works like a native `readonly` control:
 * the value is shown, focusable, selectable and still submitted with the form, but the citizen
 * cannot change it. Like native read-only controls, a read-only field is barred from constraint
 * validation (`willValidate` is false, a missing required answer is not an error). Disabled is
 * different: a disabled field leaves the tab order and its value is not submitted.
 *
 * Text from the definition is rendered as text: Lit escapes it.
 *
 * The parts and custom properties below are inherited by every field element.
 *
 * @internal
 * @csspart base - The wrapper of the whole field; marked by a left border when invalid.
 * @csspart label - The field's label (the legend of a radio or checkbox group).
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The native control (input, select, textarea) or the group of options.
 * @cssproperty --hoso-font-family - Font of all text.
 * @cssproperty --hoso-font-size - Base text size (at least 16px).
 * @cssproperty --hoso-line-height - Line height of text.
 * @cssproperty --hoso-text-color - Text colour.
 * @cssproperty --hoso-secondary-text-color - Hint and "(optional)" colour.
 * @cssproperty --hoso-background-color - Background behind the element.
 * @cssproperty --hoso-label-font-weight - Weight of labels and legends.
 * @cssproperty --hoso-input-background-color - Background of inputs, selects and textareas.
 * @cssproperty --hoso-input-border-color - Border of inputs, selects and textareas.
 * @cssproperty --hoso-input-border-width - Border width of controls and buttons.
 * @cssproperty --hoso-radius - Corner radius of controls, buttons and panels.
 * @cssproperty --hoso-control-height - Minimum height of inputs, selects and buttons.
 * @cssproperty --hoso-control-max-width - Widest a text control grows.
 * @cssproperty --hoso-target-size - Size of checkboxes and radio buttons (at least 24px).
 * @cssproperty --hoso-accent-color - Colour of ticked checkboxes and radio buttons.
 * @cssproperty --hoso-disabled-text-color - Text and border of disabled controls.
 * @cssproperty --hoso-disabled-background-color - Background of disabled controls.
 * @cssproperty --hoso-readonly-text-color - Text of read-only controls (full contrast).
 * @cssproperty --hoso-readonly-background-color - Background of read-only controls.
 * @cssproperty --hoso-readonly-border-color - Dashed border of read-only controls.
 * @cssproperty --hoso-error-color - Error messages, invalid borders, the error summary.
 * @cssproperty --hoso-error-border-width - Width of the invalid marker and summary border.
 * @cssproperty --hoso-focus-color - Focus ring colour.
 * @cssproperty --hoso-focus-width - Focus ring width.
 * @cssproperty --hoso-focus-offset - Gap between a control and its focus ring.
 * @cssproperty --hoso-space-xs - Smallest gap (label to control).
 * @cssproperty --hoso-space-s - Small gap (between options).
 * @cssproperty --hoso-space-m - Medium gap (invalid field indent, panel padding).
 * @cssproperty --hoso-link-color - Links.
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
  /** Whether an answer is needed (also when the definition element says so). */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Whether the control is disabled (also when inside a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * Whether the value is shown but cannot be changed (also inside `<hoso-form readonly>`). Unlike
   * `disabled`, the control stays focusable and the value is still submitted.
   */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  /** @internal Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;
  /** @internal Made read-only by an ancestor (`<hoso-form readonly>`, a read-only group). */
  @consume({ context: readOnlyContext, subscribe: true })
  @state()
  protected inheritedReadOnly = false;

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

  /** The `<form>` the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Labels outside the field that point at it. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** Constraint validity, as native controls report it. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message of the shown error (or of a missing required answer). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the field takes part in constraint validation (not while disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate && !this.isReadOnly;
  }
  /** True when valid; fires `invalid` otherwise. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the browser's message when invalid. */
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
  /**
   * @internal True when the citizen may see, focus and copy the value but not change it: the
   * field's own `readonly`, or an ancestor's. Every field kind draws its control from this.
   */
  protected get isReadOnly(): boolean {
    return this.readonly || this.inheritedReadOnly;
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

  /** A surrounding form was reset: back to the first value. */
  formResetCallback(): void {
    this.value = structuredClone(this.defaultValue);
  }

  /** A surrounding `<fieldset>` was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The browser restores a value (back/forward navigation, autofill). */
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
    if (this.isReadOnly) {
      // Barred from constraint validation, like a native read-only control.
      this.internals.setValidity({});
    } else if (shown) {
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

  /**
   * @internal For radios and checkboxes, which have no native `readonly`: cancelling the click
   * (pointer, Space, arrow keys and label clicks all arrive as one) makes the browser put the old
   * state back, so no `input` or `change` follows. The control stays focusable.
   */
  protected readonly keepWhenReadOnly = (event: Event): void => {
    if (this.isReadOnly) event.preventDefault();
  };

  /** @internal Classes of the field's wrapper: `invalid`, `readonly`. */
  protected fieldClasses(invalid: boolean): string {
    return ['field', invalid ? 'invalid' : '', this.isReadOnly ? 'readonly' : '']
      .filter(Boolean)
      .join(' ');
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
      return html`<div class="${this.fieldClasses(invalid)}" part="base">
        <fieldset aria-describedby=${ids.describedBy ?? nothing} ?disabled=${this.isDisabled}>
          <legend id=${ids.label} part="label">${label}${optional}</legend>
          ${hintPart} ${errorPart} ${this.renderControl(ids, invalid)}
        </fieldset>
      </div>`;
    }
    return html`<div class="${this.fieldClasses(invalid)}" part="base">
      <label class="label" id=${ids.label} for=${ids.control} part="label"
        >${label}${optional}</label
      >
      ${hintPart} ${errorPart} ${this.renderControl(ids, invalid)}
    </div>`;
  }
}
