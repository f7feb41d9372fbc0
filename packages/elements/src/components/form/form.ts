import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Element } from '@hoso/schema';
import type {
  CompiledProcedure,
  FieldView,
  FormSnapshot,
  FormStore,
  ValidationError,
} from '@hoso/core/precompiled';
import { formContext, type FormContextValue } from '../../internal/context.js';
import type { FieldDefinition } from '../../internal/hoso-field-element.js';
import type { AdministrativeUnits } from '../address-field/units.js';
import type { ItemsChangeDetail } from '../repeater/repeater.js';
import { localize, msg, toLang, type Lang } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { getAt } from '../../internal/paths.js';
import { ReadOnlyScope } from '../../internal/read-only-scope.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import '../address-field/address-field.js';
import '../checkbox-field/checkbox-field.js';
import '../choice-field/choice-field.js';
import '../computed-field/computed-field.js';
import '../content/content.js';
import '../date-field/date-field.js';
import '../file-field/file-field.js';
import '../group/group.js';
import '../number-field/number-field.js';
import '../repeater/repeater.js';
import '../text-field/text-field.js';

// One empty list for every unanswered file field, so an unchanged field keeps an identical value
// and Lit skips it when the form draws again.
const NO_FILES: readonly unknown[] = Object.freeze([]);

const TEXT = literal`hoso-text-field`;
const NUMBER = literal`hoso-number-field`;
const DATE = literal`hoso-date-field`;
const CHOICE = literal`hoso-choice-field`;
const CHECKBOX = literal`hoso-checkbox-field`;
const FILE = literal`hoso-file-field`;

/** The field element for each kind, and how the store's value is handed to it. */
const FIELDS: Record<string, { tag: StaticValue; value: (value: unknown) => unknown }> = {
  text: { tag: TEXT, value: asText },
  textarea: { tag: TEXT, value: asText },
  email: { tag: TEXT, value: asText },
  phone: { tag: TEXT, value: asText },
  'citizen-id': { tag: TEXT, value: asText },
  'tax-code': { tag: TEXT, value: asText },
  number: { tag: NUMBER, value: (v) => v },
  integer: { tag: NUMBER, value: (v) => v },
  money: { tag: NUMBER, value: (v) => v },
  date: { tag: DATE, value: asText },
  select: { tag: CHOICE, value: (v) => v },
  radio: { tag: CHOICE, value: (v) => v },
  checkboxes: { tag: CHOICE, value: (v) => v },
  checkbox: { tag: CHECKBOX, value: (v) => v === true },
  file: { tag: FILE, value: (v) => (Array.isArray(v) ? v : NO_FILES) },
};

/** The errors at `path` itself (not inside it); the same array when that is all of them. */
function ownErrors(errors: readonly ValidationError[], path: string): readonly ValidationError[] {
  return errors.every((e) => e.path === path) ? errors : errors.filter((e) => e.path === path);
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * @summary One step of a compiled procedure, drawn from a form store: fields, groups as
 * fieldsets, repeaters as lists of items, Markdown content, computed values. Every change goes
 * to the store; the store's verdict comes back as each field's errors.
 *
 * With `readonly` (a submitted dossier shown back), every field, group and repeater is read-only:
 * values are shown, focusable and copyable, and nothing can be changed.
 * @status experimental
 * @csspart group - The fieldset of a group of elements.
 * @cssproperty --hoso-space-l - Gap between elements.
 * @cssproperty --hoso-label-font-weight - Weight of a group's legend and a computed value's label.
 */
@customElement('hoso-form')
export class HosoForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .element {
        margin-block-end: var(--hoso-space-l, 1.5rem);
        content-visibility: auto;
        contain-intrinsic-size: auto 5.5rem;
        overflow-clip-margin: 8px;
      }
    `,
  ];

  /** The compiled procedure whose step is drawn. */
  @property({ attribute: false }) compiled: CompiledProcedure | undefined;
  /** The form store every change goes to. */
  @property({ attribute: false }) store: FormStore | undefined;
  /** The store's current snapshot: values, visibility and the errors to show. */
  @property({ attribute: false }) snapshot: FormSnapshot | undefined;
  /** Which step to draw; defaults to the store's current step. */
  @property({ type: Number }) step: number | undefined;
  /** Prefix of the field hosts' ids (the targets of an error summary's links). */
  @property({ attribute: 'id-prefix' }) idPrefix = uniqueId('hoso-form');
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';
  /** The administrative-units data set every address field chooses from. */
  @property({ attribute: false }) units: AdministrativeUnits | undefined;
  /** URL of that data set as JSON, fetched once, when `units` is not given. */
  @property({ attribute: 'units-src' }) unitsSrc = '';
  /** Whether every field is read-only: shown, focusable and submitted, but not changeable. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  // Tells the fields in the shadow root (and in groups and repeaters) that they are read-only.
  private readonly readOnlyScope = new ReadOnlyScope(this);

  /** Inside a `<hoso-procedure>`: its file registry, whose paths follow the repeaters' items. */
  @consume({ context: formContext, subscribe: false })
  private procedureContext: FormContextValue | undefined;

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** The id of the host drawing the field at `path`. */
  fieldHostId(path: string): string {
    return `${this.idPrefix}-${path.replace(/\./g, '-')}`;
  }

  /** The field element drawing `path`, or the nearest one containing it. */
  findField(path: string): HTMLElement | null {
    const segments = path.split('.');
    for (let end = segments.length; end > 0; end--) {
      const id = this.fieldHostId(segments.slice(0, end).join('.'));
      const found = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (found) return found;
    }
    return null;
  }

  /** Brings the field into view and focuses its control (GOV.UK's error-summary links). */
  focusField(path: string): boolean {
    const field = this.findField(path);
    if (!field) return false;
    field.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
    return true;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { compiled, snapshot } = this;
    if (!compiled || !snapshot) return nothing;
    const step = compiled.definition.steps[this.step ?? snapshot.currentStep];
    if (!step) return nothing;
    return html`${step.elements.map((element) => this.renderElement(element, ''))}`;
  }

  private renderElement(
    element: Element,
    base: string,
  ): TemplateResult | DirectiveResult | typeof nothing {
    const snapshot = this.snapshot!;
    const lang = this.language;
    const id = base ? `${base}.${element.key}` : element.key;
    const view = snapshot.fields.get(id);
    if (view && !view.visible) return nothing;
    if (!view && element.visibleWhen !== undefined)
      if (this.compiled!.test(element.visibleWhen, snapshot.values) !== true) return nothing;
    switch (element.type) {
      case 'content':
        return html`<hoso-content class="element" lang=${lang} .element=${element}></hoso-content>`;
      case 'group':
        return html`<hoso-group class="element" part="group" lang=${lang} .element=${element}>
          ${element.elements.map((child) => this.renderElement(child, id))}
        </hoso-group>`;
      case 'computed':
        return html`<hoso-computed-field
          class="element"
          id=${this.fieldHostId(id)}
          lang=${lang}
          .element=${element}
          .value=${getAt(snapshot.result.data, id)}
        ></hoso-computed-field>`;
    }
    if (!view) return nothing;
    const hostId = this.fieldHostId(id);
    if (element.type === 'repeater') {
      const items = getAt(snapshot.values, id);
      const list = Array.isArray(items) ? items : [];
      const onItems = (event: CustomEvent<ItemsChangeDetail>): void => {
        // Files are kept by data path, which holds the item's index: they move first, so the
        // items drawn from the new list find their own files.
        this.procedureContext?.files.followItems(id, event.detail);
        this.store?.setValue(id, event.detail.value);
        this.store?.touch(id);
      };
      // The items' fields are drawn here, so they reach the store like any other field.
      return html`<hoso-repeater
        class="element"
        id=${hostId}
        name=${id}
        lang=${lang}
        .element=${element}
        .value=${list}
        .errors=${ownErrors(view.shownErrors, id)}
        ?disabled=${!view.enabled}
        @hoso-items-change=${onItems}
      >
        ${list.map(
          (_, i) =>
            html`<div slot="item-${i}">
              ${element.elements.map((child) => this.renderElement(child, `${id}.${i}`))}
            </div>`,
        )}
      </hoso-repeater>`;
    }
    const value = getAt(snapshot.values, id);
    // The store keeps an unchanged field's view identical, so a field whose view, value and
    // surroundings are the same as last time is skipped whole: Lit does not walk its bindings.
    // On a long form a change then costs what it changes, not the form's length.
    return guard([element, view, value, lang, hostId, this.store, this.units, this.unitsSrc], () =>
      this.renderField(element, id, hostId, view, value, lang),
    );
  }

  private renderField(
    element: Element,
    id: string,
    hostId: string,
    view: FieldView,
    value: unknown,
    lang: Lang,
  ): TemplateResult {
    const field = FIELDS[element.type];
    const onInput = (event: Event): void =>
      this.store?.setValue(id, (event.currentTarget as unknown as { value: unknown }).value);
    const onLeave = (): void => this.store?.touch(id);
    const definition = element as unknown as FieldDefinition;
    if (element.type === 'address')
      return html`<hoso-address-field
        class="element"
        id=${hostId}
        name=${id}
        lang=${lang}
        .element=${definition}
        .units=${this.units}
        units-src=${this.unitsSrc}
        .value=${typeof value === 'object' && value !== null ? value : undefined}
        .errors=${view.shownErrors}
        ?required=${view.required}
        ?disabled=${!view.enabled}
        @input=${onInput}
        @change=${onLeave}
      ></hoso-address-field>`;
    if (!field)
      // A kind this form cannot draw: a value given up front is kept and submitted.
      return html`<div class="element unsupported" id=${hostId} tabindex="-1">
        <p class="label">${localize((element as { label?: { vi: string } }).label, lang)}</p>
        <p class="hint">${msg('field.unsupported', lang)}</p>
      </div>`;
    // One template for every kind: the tag is a literal chosen above, never text from a definition.
    return staticHtml`<${field.tag}
      class="element"
      id=${hostId}
      name=${id}
      lang=${lang}
      .element=${definition}
      .value=${field.value(value)}
      .errors=${view.shownErrors}
      ?required=${view.required}
      ?disabled=${!view.enabled}
      @input=${onInput}
      @change=${onLeave}
    ></${field.tag}>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-form': HosoForm;
  }
}
