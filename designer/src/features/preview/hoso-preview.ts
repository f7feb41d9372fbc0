import {
  createFormStore,
  type CompiledProcedure,
  type FormSnapshot,
  type FormStore,
} from '@hoso/core/precompiled';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../app/shared-styles.js';
import { renderControl } from '../canvas/element-view.js';
import { LocaleController, localized, t, type Locale } from '../i18n/locale.js';
import { compileForPreview, hasSchemaChecks } from './compiler.js';

type Any = Record<string, unknown>;

function getPath(values: unknown, path: string): unknown {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Any)[part];
  }
  return node;
}

const money = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n) + ' đ';

/**
 * The procedure as a citizen sees it: the wizard with live rules, validation, conditional steps
 * and fees, at desktop or phone width, in Vietnamese or English, on sample data.
 */
@customElement('hoso-preview')
export class HosoPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .frame {
        margin: 12px auto;
        border: 1px solid #c8ccd2;
        border-radius: 8px;
        padding: 16px;
        background: #fff;
        box-sizing: border-box;
      }
      .frame.phone {
        width: 375px;
      }
      .frame.desktop {
        max-width: 860px;
      }
      ol.steps {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 14px;
        list-style: none;
        padding: 0;
        margin: 0 0 12px;
      }
      ol.steps li[aria-current='step'] {
        font-weight: 700;
        text-decoration: underline;
      }
      ol.steps li.hidden {
        display: none;
      }
      .field {
        display: grid;
        gap: 3px;
        margin: 10px 0;
      }
      .field label,
      .field legend,
      .field .label {
        font-weight: 600;
      }
      .field input:not([type='checkbox']):not([type='radio']),
      .field select,
      .field textarea {
        width: 100%;
        max-width: 480px;
      }
      .control {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .req {
        color: #b3261e;
      }
      .choice label,
      .checkbox label {
        display: flex;
        gap: 6px;
        align-items: center;
        font-weight: normal;
      }
      .content {
        background: #f1f3f6;
        padding: 8px;
        border-radius: 4px;
      }
      .summary {
        border-top: 1px solid #c8ccd2;
        margin-top: 12px;
        padding-top: 8px;
      }
      table {
        border-collapse: collapse;
      }
      td,
      th {
        padding: 2px 10px 2px 0;
        text-align: left;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
      }
    `,
  ];

  @property({ attribute: false }) definition: unknown;
  @state() private width: 'desktop' | 'phone' = 'desktop';
  @state() private locale: Locale = 'vi';
  @state() private snapshot: FormSnapshot | undefined;
  @state() private failure = '';
  @state() private sampleText = '{}';
  /** Render with @hoso/elements' <hoso-procedure> instead of the preview's own form. */
  @state() private useElements = false;
  private compiled: CompiledProcedure | undefined;
  private store: FormStore | undefined;
  private off: (() => void) | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('definition')) this.rebuild();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
  }

  private rebuild(values?: Record<string, unknown>): void {
    const keep = values ?? this.snapshot?.values;
    this.off?.();
    this.store = undefined;
    this.snapshot = undefined;
    try {
      this.compiled = compileForPreview(this.definition);
      this.store = createFormStore(this.compiled, keep ? { values: keep } : {});
      this.off = this.store.subscribe((s) => (this.snapshot = s));
      this.snapshot = this.store.getState();
      this.failure = '';
    } catch (error) {
      this.compiled = undefined;
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    const radio = (name: string, value: string, current: string, label: string, on: () => void) =>
      html`<label class="row"
        ><input type="radio" name=${name} .checked=${value === current} @change=${on} />
        ${label}</label
      >`;
    return html`<h2>${t('preview.title')}</h2>
      <div class="toolbar">
        <fieldset>
          <legend>${t('preview.width')}</legend>
          <div class="row">
            ${radio('width', 'desktop', this.width, t('preview.desktop'), () => (this.width = 'desktop'))}
            ${radio('width', 'phone', this.width, t('preview.phone'), () => (this.width = 'phone'))}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t('preview.locale')}</legend>
          <div class="row">
            ${radio('locale', 'vi', this.locale, 'Tiếng Việt', () => (this.locale = 'vi'))}
            ${radio('locale', 'en', this.locale, 'English', () => (this.locale = 'en'))}
          </div>
        </fieldset>
        <button type="button" @click=${() => this.rebuild({})}>${t('preview.reset')}</button>
        ${
          customElements.get('hoso-procedure')
            ? html`<label class="row"
                ><input
                  type="checkbox"
                  data-action="use-elements"
                  .checked=${this.useElements}
                  @change=${(e: Event) => (this.useElements = (e.target as HTMLInputElement).checked)}
                />${t('preview.useElements')}</label
              >`
            : nothing
        }
      </div>
      ${hasSchemaChecks() ? nothing : html`<p class="hint">${t('preview.noSchemaCheck')}</p>`}
      ${
        this.failure || !this.snapshot || !this.compiled
          ? html`<p class="error" role="alert">${t('preview.cannot')}</p>`
          : this.useElements
            ? this.renderWizard(this.compiled)
            : this.renderForm(this.snapshot, this.compiled)
      }
      <details>
        <summary>${t('preview.sample')}</summary>
        <textarea
          aria-label=${t('preview.sample')}
          rows="6"
          .value=${this.snapshot ? JSON.stringify(this.snapshot.values, null, 2) : this.sampleText}
          @input=${(e: Event) => (this.sampleText = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <button type="button" @click=${this.applySample}>${t('preview.apply')}</button>
      </details>`;
  }

  private applySample = (): void => {
    try {
      const values = JSON.parse(this.sampleText) as Record<string, unknown>;
      this.store?.reset(values);
    } catch {
      // The textarea keeps the text to fix.
    }
  };

  /** The citizen's wizard itself, as a portal embeds it (drafts off: a preview keeps none). */
  private renderWizard(compiled: CompiledProcedure): TemplateResult {
    return html`<div class="frame ${this.width}">
      <hoso-procedure
        no-drafts
        lang=${this.locale}
        .definition=${compiled.definition}
        .schemaValidator=${compiled.validateSchema}
        .values=${this.snapshot?.values}
      ></hoso-procedure>
    </div>`;
  }

  private renderForm(snapshot: FormSnapshot, compiled: CompiledProcedure): TemplateResult {
    const definition = compiled.definition;
    const step = definition.steps[snapshot.currentStep];
    const loc = this.locale;
    const result = snapshot.result;
    return html`<div class="frame ${this.width}" lang=${loc}>
      <h3>${localized(definition.title, loc)}</h3>
      <nav aria-label=${t('section.steps')}>
        <ol class="steps">
          ${snapshot.steps.map(
            (s) =>
              html`<li
                class=${s.visible ? '' : 'hidden'}
                aria-current=${s.index === snapshot.currentStep ? 'step' : 'false'}
              >
                ${s.index + 1}. ${loc === 'vi' ? s.title.vi : s.title.en}
              </li>`,
          )}
        </ol>
      </nav>
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          if (snapshot.isLastStep) this.store?.submit();
          else this.store?.next();
        }}
      >
        <h4>${step ? localized(step.title, loc) : ''}</h4>
        ${step ? this.renderElements(step.elements as unknown as Any[], '', snapshot) : nothing}
        <div class="row">
          <button
            type="button"
            ?disabled=${snapshot.isFirstStep}
            @click=${() => this.store?.previous()}
          >
            ${t('preview.previous')}
          </button>
          <button type="submit" class="primary">
            ${snapshot.isLastStep ? t('preview.submit') : t('preview.next')}
          </button>
        </div>
      </form>
      <div class="summary" aria-live="polite">
        ${
          result.fees.lines.length
            ? html`<h4>${t('preview.fees')}</h4>
                <table>
                  ${result.fees.lines.map(
                    (l) =>
                      html`<tr>
                        <th scope="row">${loc === 'vi' ? l.title.vi : l.title.en}</th>
                        <td class="fee-amount">${money(l.amount, loc)}</td>
                      </tr>`,
                  )}
                  <tr>
                    <th scope="row">${t('preview.total')}</th>
                    <td class="fee-total">${money(result.fees.total, loc)}</td>
                  </tr>
                </table>`
            : nothing
        }
        ${
          result.requiredDocuments.length
            ? html`<h4>${t('preview.documents')}</h4>
                <ul>
                  ${result.requiredDocuments.map((key) => {
                    const doc = (definition.documents ?? []).find((d) => d.key === key);
                    return html`<li>${doc ? localized(doc.title, loc) : key}</li>`;
                  })}
                </ul>`
            : nothing
        }
        ${
          snapshot.submitted
            ? result.valid
              ? html`<p role="status">${t('preview.valid')}</p>`
              : html`<div role="alert">
                  <p class="error">${t('preview.errors', { count: result.errors.length })}</p>
                  <ul>
                    ${result.errors.map(
                      (e) =>
                        html`<li>${e.path}: ${loc === 'vi' ? e.message.vi : e.message.en}</li>`,
                    )}
                  </ul>
                </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderElements(elements: Any[], prefix: string, snapshot: FormSnapshot): unknown {
    return elements.map((element) => {
      const key = String(element.key);
      const path = prefix ? `${prefix}.${key}` : key;
      const view = snapshot.fields.get(path);
      if (element.type === 'content') {
        return renderControl(element, { id: `p-${path}`, locale: this.locale });
      }
      if (view && !view.visible) return nothing;
      if (element.type === 'group') {
        return html`<fieldset>
          <legend>${localized(element.label, this.locale)}</legend>
          ${this.renderElements((element.elements as Any[]) ?? [], path, snapshot)}
        </fieldset>`;
      }
      if (element.type === 'repeater') {
        const items = (getPath(snapshot.values, path) as unknown[] | undefined) ?? [];
        return html`<fieldset>
          <legend>${localized(element.label, this.locale)}</legend>
          ${items.map(
            (_item, i) =>
              html`<div class="item">
                <h5>${localized(element.itemLabel, this.locale) || '#'} ${i + 1}</h5>
                ${this.renderElements((element.elements as Any[]) ?? [], `${path}.${i}`, snapshot)}
              </div>`,
          )}
          <button type="button" @click=${() => this.store?.setValue(path, [...items, {}])}>
            ${t('common.add')}
          </button>
        </fieldset>`;
      }
      const value =
        element.type === 'computed'
          ? getPath(snapshot.result.data, path)
          : getPath(snapshot.values, path);
      return renderControl(element, {
        id: `p-${path}`,
        value,
        required: view?.required ?? element.required === true,
        disabled: view ? !view.enabled : false,
        errors: (view?.shownErrors ?? []).map((e) =>
          this.locale === 'vi' ? e.message.vi : e.message.en,
        ),
        locale: this.locale,
        onValue: (v) => this.store?.setValue(path, v),
        onBlur: () => this.store?.touch(path),
      });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-preview': HosoPreview;
  }
}
