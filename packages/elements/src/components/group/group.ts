import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localize, toLang, type Lang } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { ReadOnlyScope } from '../../internal/read-only-scope.js';
import { sharedStyles } from '../../internal/shared-styles.js';

/** The parts of a `group` element this component draws. */
export interface GroupDefinition {
  type: 'group';
  key: string;
  label?: { vi: string; en?: string };
  hint?: { vi: string; en?: string };
}

/**
 * @summary Fields shown together: a fieldset whose legend is the group's label, around the
 * child fields given as its children (their values nest under the group's key). Without a
 * label it is a plain wrapper, so no empty group is announced. A `readonly` group makes its fields
 * read-only.
 * @status experimental
 * @slot - The group's fields.
 * @csspart base - The fieldset (or wrapper without a label).
 * @csspart legend - The legend.
 * @csspart hint - The hint under the legend.
 * @cssproperty --hoso-group-border-color - Colour of the line beside the group's fields.
 * @cssproperty --hoso-space-m - Space around the group's fields.
 */
@customElement('hoso-group')
export class HosoGroup extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset.labelled {
        border-inline-start: 4px solid var(--hoso-group-border-color, #b1b4b6);
        padding-inline-start: var(--hoso-space-m, 1rem);
      }
      legend {
        font-size: 1.125rem;
        margin-block-end: var(--hoso-space-s, 0.5rem);
      }
    `,
  ];

  /** The definition's group element (label and hint). */
  @property({ attribute: false }) element: GroupDefinition | undefined;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';
  /** Whether the group's fields are read-only (also inside `<hoso-form readonly>`). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly uid = uniqueId('hoso-group');
  // Passes the read-only state on to the fields in the slot.
  private readonly readOnlyScope = new ReadOnlyScope(this);

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const label = localize(this.element?.label, lang);
    const hint = localize(this.element?.hint, lang);
    if (!label) return html`<div part="base"><slot></slot></div>`;
    return html`<fieldset
      class="labelled"
      part="base"
      aria-describedby=${hint ? `${this.uid}-hint` : nothing}
    >
      <legend part="legend">${label}</legend>
      ${hint ? html`<p class="hint" id="${this.uid}-hint" part="hint">${hint}</p>` : nothing}
      <slot></slot>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-group': HosoGroup;
  }
}
