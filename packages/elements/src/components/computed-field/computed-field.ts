import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localize, msg, toLang, type Lang } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { formatComputed, type ComputedValueType } from './format-computed.js';

/** The parts of a `computed` element this component draws. */
export interface ComputedDefinition {
  type: 'computed';
  key: string;
  label: { vi: string; en?: string };
  hint?: { vi: string; en?: string };
  valueType: ComputedValueType;
}

/**
 * @summary A read-only value worked out from the citizen's answers (a fee, a count, a date):
 * money in đồng with grouping, numbers grouped, dates as dd/mm/yyyy. When the value changes,
 * "label: value" is announced politely to screen readers.
 * @status experimental
 * @csspart base - The wrapper of label, hint and value.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart value - The `<output>` showing the value.
 * @cssproperty --hoso-computed-font-size - Size of the value text.
 * @cssproperty --hoso-computed-background - Background behind the value.
 * @cssproperty --hoso-space-s - Padding around the value.
 */
@customElement('hoso-computed-field')
export class HosoComputedField extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      output {
        display: inline-block;
        font-size: var(--hoso-computed-font-size, 1.25rem);
        font-weight: 700;
        background: var(--hoso-computed-background, #f3f2f1);
        padding: var(--hoso-space-s, 0.25rem) var(--hoso-space-m, 0.5rem);
      }
    `,
  ];

  /** The definition's computed element (label, hint, valueType). */
  @property({ attribute: false }) element: ComputedDefinition | undefined;
  /** The computed value, as the form store's cleaned data holds it. */
  @property({ attribute: false }) value: unknown;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  /** What the polite live region says; empty until the value first changes. */
  @state() private announcement = '';
  private readonly uid = uniqueId('hoso-computed');
  private shownOnce = false;

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  private get shown(): string {
    return formatComputed(this.value, this.element?.valueType ?? 'text', this.language);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The first value is read with the page; only later changes are announced.
    if (changed.has('value') && this.shownOnce && changed.get('value') !== this.value)
      this.announcement = msg('computed.changed', this.language, {
        label: localize(this.element?.label, this.language),
        value: this.shown,
      });
    this.shownOnce = true;
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const hint = localize(this.element?.hint, lang);
    return html`<div class="field" part="base">
      <p class="label" id="${this.uid}-label" part="label">
        ${localize(this.element?.label, lang)}
      </p>
      ${hint ? html`<p class="hint" id="${this.uid}-hint" part="hint">${hint}</p>` : nothing}
      <output
        part="value"
        aria-live="off"
        aria-labelledby="${this.uid}-label"
        aria-describedby=${hint ? `${this.uid}-hint` : nothing}
        >${this.shown}</output
      >
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-computed-field': HosoComputedField;
  }
}
