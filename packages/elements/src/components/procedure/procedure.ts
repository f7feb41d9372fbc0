import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { checkDefinition, type Element, type Problem } from '@hoso/schema';
import {
  compile,
  createFormStore,
  type CompiledProcedure,
  type FormSnapshot,
  type FormStore,
  type SchemaValidator,
  type ValidationError,
} from '@hoso/core/precompiled';
import { HosoSubmitEvent } from '../../events/hoso-submit.js';
import { localize, msg, toLang, type Lang } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { getAt } from '../../internal/paths.js';
import { sharedStyles, wizardStyles } from '../../internal/shared-styles.js';
import type { HosoForm } from '../form/form.js';
import '../form/form.js';

const GROUPED = new Intl.NumberFormat('vi-VN');

type View = 'form' | 'review' | 'submitted';

/**
 * @summary The citizen's wizard for one procedure: a step at a time, an error summary when a
 * step cannot be left, a "check your answers" page, and submission.
 * @status experimental
 * @event {HosoSubmitEvent} hoso-submit - Valid answers were submitted; `detail.data` is the
 * cleaned submission. Cancelable.
 * @csspart summary - The error summary shown when a step cannot be left.
 * @csspart problems - The panel listing an invalid definition's problems.
 * @csspart progress - "Step 1 of 3" above the step's heading.
 * @csspart button - Every button of the wizard.
 * @csspart back-button - Back.
 * @csspart continue-button - Continue.
 * @csspart submit-button - Submit, on the review page.
 * @csspart change-button - A "Change" link-button on the review page.
 * @cssproperty --hoso-heading-font-size - Size of the step heading.
 * @cssproperty --hoso-subheading-font-size - Size of the review page's step headings.
 * @cssproperty --hoso-space-l - Large gap (between fields, above the buttons).
 * @cssproperty --hoso-primary-color - Background of the main buttons.
 * @cssproperty --hoso-primary-hover-color - Background of the main buttons on hover.
 * @cssproperty --hoso-on-primary-color - Text of the main buttons.
 * @cssproperty --hoso-secondary-color - Background of the Back button.
 * @cssproperty --hoso-secondary-hover-color - Background of the Back button on hover.
 * @cssproperty --hoso-on-secondary-color - Text of the Back button.
 * @cssproperty --hoso-button-border-color - Border of every button (high contrast draws one).
 * @cssproperty --hoso-error-color - Border and links of the error summary.
 * @cssproperty --hoso-focus-color - Focus ring colour.
 * @cssproperty --hoso-link-color - Links and the review page's "Change" buttons.
 * @cssproperty --hoso-text-color - Text colour.
 * @cssproperty --hoso-secondary-text-color - The progress line.
 */
@customElement('hoso-procedure')
export class HosoProcedure extends LitElement {
  static override styles = [sharedStyles, wizardStyles];

  /** The procedure definition (JSON). It is checked first; problems are listed instead of a form. */
  @property({ attribute: false }) definition: unknown;
  /** The standalone validator of the definition's data schema (`hoso compile`). */
  @property({ attribute: false }) schemaValidator: SchemaValidator | undefined;
  /** Answers to start from (also how a portal supplies values of fields not drawn yet). */
  @property({ attribute: false }) values: Record<string, unknown> | undefined;
  /** The date `today` means in date bounds (ISO); defaults to today in Asia/Ho_Chi_Minh. */
  @property() today: string | undefined;
  @property({ reflect: true }) override lang = 'vi';

  @state() private snapshot: FormSnapshot | undefined;
  @state() private problems: Problem[] = [];
  @state() private view: View = 'form';
  @state() private summary: ValidationError[] = [];

  @query('.error-summary') private summaryElement!: HTMLElement | null;
  @query('hoso-form') private formElement!: HosoForm | null;

  private compiled: CompiledProcedure | undefined;
  private store: FormStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly uid = uniqueId('hoso-procedure');

  private get language(): Lang {
    return toLang(this.lang);
  }

  /** The form store behind the wizard (for portals and tests). */
  get formStore(): FormStore | undefined {
    return this.store;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['definition', 'schemaValidator', 'values', 'today'].some((k) => changed.has(k)))
      this.setUp();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store && !this.unsubscribe)
      this.unsubscribe = this.store.subscribe((s) => (this.snapshot = s));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private setUp(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.compiled = undefined;
    this.store = undefined;
    this.snapshot = undefined;
    this.problems = [];
    this.view = 'form';
    this.summary = [];
    if (this.definition === undefined || !this.schemaValidator) return;
    const check = checkDefinition(this.definition);
    if (!check.valid) {
      this.problems = check.problems;
      return;
    }
    this.compiled = compile(this.definition, {
      schemaValidator: this.schemaValidator,
    });
    this.store = createFormStore(this.compiled, {
      ...(this.values ? { values: this.values } : {}),
      ...(this.today ? { today: this.today } : {}),
    });
    this.snapshot = this.store.getState();
    this.unsubscribe = this.store.subscribe((s) => (this.snapshot = s));
  }

  private async showSummary(errors: ValidationError[]): Promise<void> {
    this.summary = errors;
    await this.updateComplete;
    this.summaryElement?.focus();
  }

  private stepErrors(snapshot: FormSnapshot, stepIndex: number): ValidationError[] {
    const keys = new Set(this.compiled!.tree[stepIndex]?.map((n) => n.key));
    return snapshot.result.errors.filter((e) => keys.has(e.path.split('.')[0]!));
  }

  private async onContinue(): Promise<void> {
    const store = this.store!;
    const leaving = store.getState().currentStep;
    const wasLast = store.getState().isLastStep;
    if (!store.next()) {
      await this.showSummary(this.stepErrors(store.getState(), leaving));
      return;
    }
    this.summary = [];
    if (wasLast) this.view = 'review';
    await this.focusHeading();
  }

  private async onBack(): Promise<void> {
    this.summary = [];
    if (this.view === 'review') this.view = 'form';
    else this.store!.previous();
    await this.focusHeading();
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async change(stepKey: string, path: string): Promise<void> {
    this.store!.goTo(stepKey);
    this.view = 'form';
    this.summary = [];
    await this.updateComplete;
    await this.formElement?.updateComplete;
    this.formElement?.focusField(path);
  }

  private async onSummaryLink(event: Event, error: ValidationError): Promise<void> {
    event.preventDefault();
    const step = this.stepOf(error.path);
    if (this.view !== 'form' || (step !== undefined && step !== this.snapshot?.currentStep)) {
      const key = step === undefined ? undefined : this.compiled!.definition.steps[step]?.key;
      if (key) return this.change(key, error.path);
    }
    this.formElement?.focusField(error.path);
  }

  private stepOf(path: string): number | undefined {
    const root = path.split('.')[0];
    const index = this.compiled!.tree.findIndex((nodes) => nodes.some((n) => n.key === root));
    return index < 0 ? undefined : index;
  }

  private async onSubmit(): Promise<void> {
    const result = this.store!.submit();
    if (!result.valid) {
      await this.showSummary(result.errors);
      return;
    }
    const event = new HosoSubmitEvent({
      data: result.data as Record<string, unknown>,
      result,
    });
    if (this.dispatchEvent(event)) {
      this.view = 'submitted';
      await this.focusHeading();
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    if (this.problems.length > 0) return this.renderProblems(lang);
    const snapshot = this.snapshot;
    if (!snapshot || !this.compiled)
      return html`<p role="alert">${msg('definition.missing', lang)}</p>`;
    if (this.view === 'submitted')
      return html`<h2 tabindex="-1">${msg('submitted.title', lang)}</h2>`;
    return html`${this.renderSummary(lang)}
    ${this.view === 'review' ? this.renderReview(snapshot, lang) : this.renderStep(snapshot, lang)}`;
  }

  private renderProblems(lang: Lang): TemplateResult {
    return html`<div class="error-summary" part="problems" role="alert">
      <h2>${msg('definition.invalid', lang)}</h2>
      <ul>
        ${this.problems.map(
          (p) => html`<li><code>${p.pointer || '/'}</code> ${localize(p.message, lang)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSummary(lang: Lang): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;
    return html`<div
      class="error-summary"
      part="summary"
      tabindex="-1"
      aria-labelledby="${this.uid}-summary-title"
    >
      <div role="alert">
        <h2 id="${this.uid}-summary-title">${msg('summary.title', lang)}</h2>
        <ul>
          ${this.summary.map(
            (e) =>
              html`<li>
                <a
                  href="#${this.uid}-${e.path.replace(/\./g, '-')}"
                  @click=${(event: Event) => this.onSummaryLink(event, e)}
                  >${localize(e.message, lang)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderStep(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    const visible = snapshot.steps.filter((s) => s.visible);
    const position = visible.findIndex((s) => s.index === snapshot.currentStep) + 1;
    const step = snapshot.steps[snapshot.currentStep]!;
    return html`<section aria-labelledby="${this.uid}-heading">
      <p class="progress" part="progress">
        ${msg('step.progress', lang, { n: position, total: visible.length })}
      </p>
      <h2 id="${this.uid}-heading" tabindex="-1">${localize(step.title, lang)}</h2>
      <hoso-form
        id-prefix=${this.uid}
        lang=${lang}
        .compiled=${this.compiled}
        .store=${this.store}
        .snapshot=${snapshot}
      ></hoso-form>
      <div class="actions">
        ${
          snapshot.isFirstStep
            ? nothing
            : html`<button
                type="button"
                class="back"
                part="button back-button"
                @click=${this.onBack}
              >
                ${msg('nav.back', lang)}
              </button>`
        }
        <button
          type="button"
          class="continue"
          part="button continue-button"
          @click=${this.onContinue}
        >
          ${msg('nav.continue', lang)}
        </button>
      </div>
    </section>`;
  }

  private renderReview(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    const definition = this.compiled!.definition;
    return html`<section aria-labelledby="${this.uid}-heading">
      <h2 id="${this.uid}-heading" tabindex="-1">${msg('review.title', lang)}</h2>
      ${snapshot.steps
        .filter((s) => s.visible)
        .map((s) => {
          const rows = this.reviewRows(definition.steps[s.index]!.elements, '', snapshot, lang);
          return html`<h3>${localize(s.title, lang)}</h3>
            <dl>
              ${rows.map(
                (row) =>
                  html`<dt>${row.label}</dt>
                    <dd>${row.value}</dd>
                    <dd>
                      <button
                        type="button"
                        class="link change"
                        part="change-button"
                        data-path=${row.path}
                        @click=${() => this.change(s.key, row.path)}
                      >
                        ${msg('review.change', lang)}<span class="visually-hidden">
                          ${row.label}</span
                        >
                      </button>
                    </dd>`,
              )}
            </dl>`;
        })}
      <div class="actions">
        <button type="button" class="back" part="button back-button" @click=${this.onBack}>
          ${msg('nav.back', lang)}
        </button>
        <button type="button" class="submit" part="button submit-button" @click=${this.onSubmit}>
          ${msg('review.submit', lang)}
        </button>
      </div>
    </section>`;
  }

  private reviewRows(
    elements: Element[],
    base: string,
    snapshot: FormSnapshot,
    lang: Lang,
  ): { path: string; label: string; value: string }[] {
    return elements.flatMap((element) => {
      const path = base ? `${base}.${element.key}` : element.key;
      const view = snapshot.fields.get(path);
      if (element.type === 'content' || (view && !view.visible)) return [];
      if (element.type === 'group') return this.reviewRows(element.elements, path, snapshot, lang);
      if (!view && element.type !== 'computed') return [];
      const source = element.type === 'computed' ? snapshot.result.data : snapshot.values;
      return [
        {
          path,
          label: localize(element.label, lang),
          value: this.display(element, getAt(source, path), lang),
        },
      ];
    });
  }

  private display(element: Element, value: unknown, lang: Lang): string {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return msg('review.empty', lang);
    const options = 'options' in element ? element.options : undefined;
    const optionLabel = (v: unknown): string =>
      localize(options?.find((o) => o.value === v)?.label, lang) || String(v);
    if (typeof value === 'boolean') return msg(value ? 'review.yes' : 'review.no', lang);
    if (Array.isArray(value)) return value.map(optionLabel).join(', ');
    if (typeof value === 'number')
      return element.type === 'money' ||
        (element.type === 'computed' && element.valueType === 'money')
        ? `${GROUPED.format(value)} ${msg('money.unit', lang)}`
        : String(value);
    if (element.type === 'date' && typeof value === 'string') {
      const [y, m, d] = value.split('-');
      return d && m && y ? `${d}/${m}/${y}` : value;
    }
    if (options) return optionLabel(value);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-procedure': HosoProcedure;
  }
}
