import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Problem } from '@hoso/schema';
import {
  compile,
  createFormStore,
  defaultValues,
  DefinitionError,
  vouchesForDefinition,
  type CompiledProcedure,
  type PrecompiledCompileOptions,
  type FieldNode,
  type FormSnapshot,
  type FormStore,
  type SchemaValidator,
  type ValidationError,
} from '@hoso/core/precompiled';
import { HosoSubmitEvent } from '../../events/hoso-submit.js';
import { FileRegistry, formContext, type FormContextValue } from '../../internal/context.js';
import type { DraftAttention } from './draft-attention.js';
import { localize, msg, toLang, type Lang, type MessageId } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { getAt } from '../../internal/paths.js';
import { sharedStyles, wizardStyles } from '../../internal/shared-styles.js';
import { HosoSubmitErrorEvent, HosoSubmittedEvent } from '../../internal/submit-events.js';
import { buildSubmission, newIdempotencyKey, postDossier } from '../../internal/submit.js';
import type { HosoDocuments } from '../documents/documents.js';
import type { HosoForm } from '../form/form.js';
import type { DossierReceipt, HosoReceipt } from '../receipt/receipt.js';
import { DraftController } from './draft-controller.js';
import { defaultValidatorSrc, loadProcedure, type LoadFailure } from './load-procedure.js';
import { procedureStyles } from './procedure-styles.js';
import { fileNames, reviewRows } from './review-rows.js';
import '../choice-field/choice-field.js';
import '../documents/documents.js';
import '../fee-summary/fee-summary.js';
import '../form/form.js';
import '../receipt/receipt.js';

/** The pages after the definition's steps, and what follows submission. */
type View = 'form' | 'documents' | 'delivery' | 'review' | 'receipt' | 'submitted';

const DELIVERY_LABELS: Record<string, MessageId> = {
  counter: 'delivery.counter',
  post: 'delivery.post',
  online: 'delivery.online',
};

/**
 * @summary The citizen's wizard for one procedure: a step at a time, the documents to attach,
 * the fees, how to receive the result, a "check your answers" page, then posting the dossier to
 * the intake server and showing its receipt. Answers are kept as a draft in the browser.
 * @status experimental
 * @event {HosoSubmitEvent} hoso-submit - Valid answers were submitted; `detail.data` is the
 * cleaned submission. Cancelable: cancelling keeps the review page and posts nothing.
 * @event {HosoSubmittedEvent} hoso-submitted - The intake server received the dossier;
 * `detail.receipt` is its receipt.
 * @event {HosoSubmitErrorEvent} hoso-submit-error - Posting failed: `detail.status` (0 when
 * unreachable) and the server's field errors (`detail.errors`, on 422).
 * @csspart summary - The error summary shown when a step cannot be left.
 * @csspart problems - The panel listing an invalid definition's problems.
 * @csspart progress - "Step 1 of 3" above the step's heading.
 * @csspart button - Every button of the wizard.
 * @csspart back-button - Back.
 * @csspart continue-button - Continue.
 * @csspart submit-button - Submit, on the review page.
 * @csspart change-button - A "Change" link-button on the review page.
 * @csspart draft-notice - The notice that answers were restored from a draft.
 * @csspart load-error - The panel shown when the definition or its validator cannot be loaded.
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
 * @cssproperty --hoso-notice-color - Edge of the draft notice.
 * @cssproperty --hoso-notice-background - Background of the draft notice.
 */
@customElement('hoso-procedure')
export class HosoProcedure extends LitElement {
  static override styles = [sharedStyles, wizardStyles, procedureStyles];

  /** The procedure definition (JSON). It is checked first; problems are listed instead of a form. */
  @property({ attribute: false }) definition: unknown;
  /** The standalone validator of the definition's data schema (`hoso compile`). */
  @property({ attribute: false }) schemaValidator: SchemaValidator | undefined;
  /** Answers to start from (also how a portal supplies values of fields not drawn yet). */
  @property({ attribute: false }) values: Record<string, unknown> | undefined;
  /** The date `today` means in date bounds (ISO); defaults to today in Asia/Ho_Chi_Minh. */
  @property() today: string | undefined;
  /** The citizen's language: `vi` (the default) or `en` (`en-GB` and the like count as English). */
  @property({ reflect: true }) override lang = 'vi';
  /** URL of the definition (JSON) to fetch, e.g. `/api/procedures/dang-ky-thuong-tru`. */
  @property() src: string | undefined;
  /** URL of the standalone validator module; defaults to `${src}/validator.js`. */
  @property({ attribute: 'validator-src' }) validatorSrc: string | undefined;
  /** Where the dossier is posted (multipart), e.g. `/api/procedures/dang-ky-thuong-tru/dossiers`. */
  @property() action: string | undefined;
  /** Turns off saving answers as a draft in the browser's local storage. */
  @property({ type: Boolean, attribute: 'no-drafts' }) noDrafts = false;
  /** How long typing must pause before the draft is saved, in milliseconds. */
  @property({ type: Number, attribute: 'draft-delay' }) draftDelay = 1000;

  @state() private snapshot: FormSnapshot | undefined;
  @state() private problems: Problem[] = [];
  @state() private view: View = 'form';
  @state() private summary: ValidationError[] = [];
  @state() private loading = false;
  /** The definition checker is being fetched (no validator vouched for the definition). */
  @state() private checking = false;
  @state() private loadFailure: LoadFailure | undefined;
  @state() private sending = false;
  @state() private sendFailure: { vi: string; en: string } | true | undefined;
  @state() private serverErrors: ValidationError[] = [];
  @state() private receipt: { receipt: DossierReceipt; secret?: string } | undefined;
  /** Errors of the documents and delivery pages show once the citizen tried to leave them. */
  @state() private attempted = new Set<View>();

  /** The form state for the elements inside (fields, documents, fee summary). */
  @provide({ context: formContext })
  @state()
  private context: FormContextValue | undefined;

  @query('.error-summary') private summaryElement!: HTMLElement | null;
  @query('hoso-form') private formElement!: HosoForm | null;
  @query('hoso-documents') private documentsElement!: HosoDocuments | null;
  @query('hoso-receipt') private receiptElement!: HosoReceipt | null;

  private compiled: CompiledProcedure | undefined;
  private store: FormStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly files = new FileRegistry();
  private readonly uid = uniqueId('hoso-procedure');
  private loaded: { definition: unknown; schemaValidator: SchemaValidator } | undefined;
  private loads = 0;
  private setUps = 0;
  private pendingCheck: Promise<void> | undefined;
  private idempotencyKey: string | undefined;
  private postedValues: Record<string, unknown> | undefined;
  private readonly drafts = new DraftController(this);

  private get language(): Lang {
    return toLang(this.lang);
  }

  /** The form store behind the wizard (for portals and tests). */
  get formStore(): FormStore | undefined {
    return this.store;
  }

  /** The files the citizen attached, by data path (`$documents.<key>` or a file field's key). */
  get attachedFiles(): [string, File[]][] {
    return this.files.entries();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('src') || changed.has('validatorSrc')) && this.src) void this.load(this.src);
    if (
      ['definition', 'schemaValidator', 'values', 'today', 'noDrafts'].some((k) => changed.has(k))
    )
      this.setUp();
    this.provideContext();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store && !this.unsubscribe) this.unsubscribe = this.store.subscribe(this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private async load(src: string): Promise<void> {
    const load = ++this.loads;
    this.loading = true;
    this.loadFailure = undefined;
    const outcome = await loadProcedure(src, this.validatorSrc ?? defaultValidatorSrc(src));
    if (load !== this.loads) return;
    this.loading = false;
    if (!outcome.ok) {
      this.loadFailure = outcome.failure;
      return;
    }
    this.loaded = { definition: outcome.definition, schemaValidator: outcome.schemaValidator };
    this.setUp();
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
    this.serverErrors = [];
    this.attempted = new Set();
    this.drafts.notice = undefined;
    this.files.clear();
    const setUp = ++this.setUps;
    this.checking = false;
    this.pendingCheck = undefined;
    const definition = this.definition ?? this.loaded?.definition;
    const schemaValidator = this.schemaValidator ?? this.loaded?.schemaValidator;
    if (definition === undefined || !schemaValidator) return;
    if (vouchesForDefinition(schemaValidator, definition)) {
      this.start(definition, { schemaValidator });
      return;
    }
    // No validator vouches for this definition, so it is checked here. The checker (the
    // definition format's meta-schema) is a chunk of its own, loaded only in this case.
    this.checking = true;
    const check = import('@hoso/schema/check-definition').then(
      ({ checkDefinition }) => {
        if (setUp === this.setUps) this.start(definition, { schemaValidator, checkDefinition });
      },
      () => {
        if (setUp === this.setUps) this.loadFailure = { id: 'load.checker-failed', params: {} };
      },
    );
    this.pendingCheck = check.finally(() => {
      if (setUp !== this.setUps) return;
      this.checking = false;
      this.pendingCheck = undefined;
    });
  }

  /** Compiles the definition (a definition with problems lists them) and starts the form. */
  private start(definition: unknown, options: PrecompiledCompileOptions): void {
    let compiled: CompiledProcedure;
    try {
      compiled = compile(definition, options);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      this.problems = error.problems;
      return;
    }
    this.compiled = compiled;
    const today = this.today ? { today: this.today } : {};
    const start = this.startValues(compiled);
    const restored = this.drafts.restore(compiled, start);
    this.store = createFormStore(compiled, { values: restored, ...today });
    this.drafts.settled(this.store.getState().values);
    this.snapshot = this.store.getState();
    this.unsubscribe = this.store.subscribe(this.onChange);
  }

  /** Also waits for the definition checker when it had to be loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingCheck) {
      await this.pendingCheck;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private readonly onChange = (snapshot: FormSnapshot): void => {
    this.snapshot = snapshot;
    if (this.serverErrors.length > 0 && this.postedValues) {
      const posted = this.postedValues;
      const same = (path: string): boolean =>
        JSON.stringify(getAt(snapshot.values, path)) === JSON.stringify(getAt(posted, path));
      const kept = this.serverErrors.filter((e) => same(e.path));
      if (kept.length !== this.serverErrors.length) this.serverErrors = kept;
    }
    if (this.compiled) this.drafts.changed(this.compiled, snapshot);
  };

  /** A new context object whenever what it carries changed, so consumers re-render. */
  private provideContext(): void {
    if (!this.compiled || !this.store || !this.snapshot) {
      if (this.context) this.context = undefined;
      return;
    }
    const current = this.context;
    if (
      current?.snapshot === this.snapshot &&
      current.store === this.store &&
      current.lang === this.language &&
      current.serverErrors === this.serverErrors
    )
      return;
    this.context = {
      compiled: this.compiled,
      store: this.store,
      snapshot: this.snapshot,
      lang: this.language,
      files: this.files,
      serverErrors: this.serverErrors,
    };
  }

  /** The answers a new application starts from: the portal's `values` or the defaults. */
  private startValues(compiled: CompiledProcedure): Record<string, unknown> {
    const start = { ...(this.values ?? defaultValues(compiled)) };
    // A single delivery method needs no question: it is chosen for the citizen.
    const delivery = compiled.definition.delivery ?? [];
    if (delivery.length === 1 && start['$delivery'] === undefined) start['$delivery'] = delivery[0];
    return start;
  }

  // ---- drafts -------------------------------------------------------------------------------

  private async startAgain(): Promise<void> {
    const compiled = this.compiled!;
    this.drafts.forget(compiled);
    this.files.clear();
    this.summary = [];
    this.serverErrors = [];
    this.attempted = new Set();
    this.view = 'form';
    const start = this.startValues(compiled);
    this.store!.reset(start);
    // The fresh answers are no draft: nothing is saved until the citizen answers again.
    this.drafts.settled(this.store!.getState().values);
    await this.focusHeading();
  }

  private async dismissNotice(): Promise<void> {
    this.drafts.notice = undefined;
    this.requestUpdate();
    await this.focusHeading();
  }

  // ---- navigation ---------------------------------------------------------------------------

  /** The pages after the definition's steps: documents and delivery, when the procedure has them. */
  private get extraPages(): View[] {
    const definition = this.compiled?.definition;
    const pages: View[] = [];
    if ((definition?.documents ?? []).length > 0) pages.push('documents');
    if ((definition?.delivery ?? []).length > 1) pages.push('delivery');
    return pages;
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

  /** Errors that keep the citizen on an extra page. */
  private pageErrors(view: View): ValidationError[] {
    const snapshot = this.store!.getState();
    if (view === 'documents')
      return snapshot.result.errors.filter((e) => e.path.startsWith('$documents.'));
    const delivery = this.compiled!.definition.delivery ?? [];
    if (view === 'delivery' && delivery.length > 1 && snapshot.values['$delivery'] === undefined)
      return [
        {
          path: '$delivery',
          pointer: '/$delivery',
          code: 'required',
          message: { vi: msg('delivery.required', 'vi'), en: msg('delivery.required', 'en') },
        },
      ];
    return [];
  }

  private async onContinue(): Promise<void> {
    const store = this.store!;
    if (this.view !== 'form') {
      this.attempted = new Set(this.attempted).add(this.view);
      const errors = this.pageErrors(this.view);
      if (errors.length > 0) return this.showSummary(errors);
      const pages = this.extraPages;
      this.view = pages[pages.indexOf(this.view) + 1] ?? 'review';
      this.summary = [];
      return this.focusHeading();
    }
    const leaving = store.getState().currentStep;
    const wasLast = store.getState().isLastStep;
    if (!store.next()) {
      await this.showSummary(this.stepErrors(store.getState(), leaving));
      return;
    }
    this.summary = [];
    if (wasLast) this.view = this.extraPages[0] ?? 'review';
    await this.focusHeading();
  }

  private async onBack(): Promise<void> {
    this.summary = [];
    const pages = this.extraPages;
    if (this.view === 'review') this.view = pages[pages.length - 1] ?? 'form';
    else if (this.view !== 'form') this.view = pages[pages.indexOf(this.view) - 1] ?? 'form';
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

  /** Goes to the documents or delivery page and focuses the slot or choice at `path`. */
  private async changeExtra(view: View, path: string): Promise<void> {
    this.view = view;
    await this.updateComplete;
    if (view === 'documents') {
      await this.documentsElement?.updateComplete;
      this.documentsElement?.focusDocument(path.split('.')[1] ?? '');
    } else {
      this.renderRoot.querySelector<HTMLElement>(`[name="$delivery"]`)?.focus();
    }
  }

  private async onSummaryLink(event: Event, error: ValidationError): Promise<void> {
    event.preventDefault();
    if (error.path.startsWith('$documents.')) return this.changeExtra('documents', error.path);
    if (error.path === '$delivery') return this.changeExtra('delivery', error.path);
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

  // ---- submission ---------------------------------------------------------------------------

  private async onSubmit(): Promise<void> {
    if (this.sending) return;
    const result = this.store!.submit();
    const errors = [...result.errors, ...this.pageErrors('delivery')];
    if (errors.length > 0) {
      this.attempted = new Set(this.extraPages);
      await this.showSummary(errors);
      return;
    }
    const event = new HosoSubmitEvent({
      data: result.data as Record<string, unknown>,
      result,
    });
    if (!this.dispatchEvent(event)) return;
    if (!this.action) {
      this.drafts.forget(this.compiled!);
      this.view = 'submitted';
      await this.focusHeading();
      return;
    }
    await this.post(result.data as Record<string, unknown>);
  }

  private async post(data: Record<string, unknown>): Promise<void> {
    this.sending = true;
    this.sendFailure = undefined;
    this.summary = [];
    this.idempotencyKey ??= newIdempotencyKey();
    this.postedValues = this.store!.getState().values;
    const body = buildSubmission(data, this.files, (path) => this.documentOfField(path));
    const outcome = await postDossier(this.action!, body, this.idempotencyKey);
    this.sending = false;
    if (outcome.kind === 'received') {
      const receipt = outcome.receipt as unknown as DossierReceipt;
      this.receipt = { receipt, ...(outcome.secret ? { secret: outcome.secret } : {}) };
      this.idempotencyKey = undefined;
      this.serverErrors = [];
      this.drafts.forget(this.compiled!);
      this.view = 'receipt';
      this.dispatchEvent(new HosoSubmittedEvent(this.receipt));
      await this.updateComplete;
      await this.receiptElement?.updateComplete;
      this.receiptElement?.focus();
      return;
    }
    if (outcome.kind === 'invalid') {
      this.serverErrors = outcome.errors;
      this.dispatchEvent(new HosoSubmitErrorEvent({ status: 422, errors: outcome.errors }));
      await this.showSummary(outcome.errors);
      return;
    }
    this.sendFailure = outcome.message ?? true;
    this.dispatchEvent(
      new HosoSubmitErrorEvent({
        status: outcome.status,
        errors: [],
        ...(outcome.message ? { message: outcome.message } : {}),
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.send-error')?.focus();
  }

  /** The document a `file` field collects (`document` in the definition), by the field's path. */
  private documentOfField(path: string): string | undefined {
    const find = (nodes: readonly FieldNode[]): FieldNode | undefined => {
      for (const node of nodes) {
        if (node.fixedId === path) return node;
        const inner = find(node.children);
        if (inner) return inner;
      }
      return undefined;
    };
    const node = find(this.compiled!.tree.flat());
    return (node?.element as { document?: string } | undefined)?.document;
  }

  /** The snapshot with the server's field errors shown in the fields they belong to. */
  private withServerErrors(snapshot: FormSnapshot): FormSnapshot {
    if (this.serverErrors.length === 0) return snapshot;
    const fields = new Map(snapshot.fields);
    for (const [id, view] of fields) {
      const own = this.serverErrors.filter((e) => e.path === id || e.path.startsWith(id + '.'));
      if (own.length > 0) fields.set(id, { ...view, shownErrors: [...view.shownErrors, ...own] });
    }
    return { ...snapshot, fields };
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.language;
    if (this.loadFailure) return this.renderLoadFailure(this.loadFailure, lang);
    if (this.problems.length > 0) return this.renderProblems(lang);
    const snapshot = this.snapshot;
    if (!snapshot || !this.compiled)
      return this.loading || this.checking
        ? html`<p role="status">${msg('load.loading', lang)}</p>`
        : html`<p role="alert">${msg('definition.missing', lang)}</p>`;
    if (this.view === 'receipt' && this.receipt)
      return html`<hoso-receipt
        lang=${lang}
        .receipt=${this.receipt.receipt}
        .secret=${this.receipt.secret}
      ></hoso-receipt>`;
    if (this.view === 'submitted')
      return html`<h2 tabindex="-1">${msg('submitted.title', lang)}</h2>`;
    return html`${this.renderDraftNotice(lang)}${this.renderSummary(lang)}
    ${this.renderView(snapshot, lang)}`;
  }

  private renderView(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    switch (this.view) {
      case 'review':
        return this.renderReview(snapshot, lang);
      case 'documents':
        return this.renderExtra(
          msg('documents.title', lang),
          html`<p>${msg('documents.intro', lang)}</p>
            ${this.drafts.storage ? html`<p class="hint">${msg('documents.not-saved', lang)}</p>` : nothing}
            <hoso-documents
              id-prefix=${this.uid}
              ?show-errors=${this.attempted.has('documents')}
            ></hoso-documents>`,
          lang,
        );
      case 'delivery':
        return this.renderExtra(
          msg('delivery.title', lang),
          this.renderDelivery(snapshot, lang),
          lang,
        );
      default:
        return this.renderStep(snapshot, lang);
    }
  }

  private renderLoadFailure(failure: LoadFailure, lang: Lang): TemplateResult {
    const reason = failure.params['reason'];
    const params = {
      ...failure.params,
      ...(reason === 'network' ? { reason: msg('load.network', lang) } : {}),
      ...(reason === 'not-json' ? { reason: msg('load.not-json', lang) } : {}),
    };
    return html`<div class="load-error" part="load-error" role="alert">
      <h2>${msg('load.title', lang)}</h2>
      <p>${msg(failure.id, lang, params)}</p>
    </div>`;
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

  private renderDraftNotice(lang: Lang): TemplateResult | typeof nothing {
    const notice = this.drafts.notice;
    if (!notice) return nothing;
    const time = new Date(notice.savedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    return html`<div class="notice" part="draft-notice" role="status">
      <p>${msg('draft.restored', lang, { time })}</p>
      ${
        notice.migratedFrom
          ? html`<p>
                ${msg('draft.migrated', lang, {
                  from: notice.migratedFrom,
                  to: this.compiled!.definition.version,
                })}
              </p>
              <ul class="attention">
                ${notice.attention.map((a) => html`<li>${this.attentionText(a, lang)}</li>`)}
              </ul>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="back start-again" part="button" @click=${this.startAgain}>
          ${msg('draft.start-again', lang)}
        </button>
        <button type="button" class="link dismiss" @click=${this.dismissNotice}>
          ${msg('draft.dismiss', lang)}
        </button>
      </div>
    </div>`;
  }

  private attentionText(attention: DraftAttention, lang: Lang): string {
    if (attention.code === 'removed') return msg('draft.removed', lang, { path: attention.path });
    const label = localize(attention.label, lang);
    const message = localize(attention.message, lang);
    return label ? `${label}: ${message}` : message;
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

  private progress(lang: Lang): TemplateResult {
    const snapshot = this.snapshot!;
    const visible = snapshot.steps.filter((s) => s.visible);
    const pages = this.extraPages;
    const position =
      this.view === 'form'
        ? visible.findIndex((s) => s.index === snapshot.currentStep) + 1
        : visible.length + pages.indexOf(this.view) + 1;
    return html`<p class="progress" part="progress">
      ${msg('step.progress', lang, { n: position, total: visible.length + pages.length })}
    </p>`;
  }

  private renderFees(): TemplateResult | typeof nothing {
    if (!(this.compiled!.definition.fees ?? []).length) return nothing;
    return html`<div class="fees"><hoso-fee-summary></hoso-fee-summary></div>`;
  }

  private renderStep(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    const step = snapshot.steps[snapshot.currentStep]!;
    return html`<section aria-labelledby="${this.uid}-heading">
      ${this.progress(lang)}
      <h2 id="${this.uid}-heading" tabindex="-1">${localize(step.title, lang)}</h2>
      <hoso-form
        id-prefix=${this.uid}
        lang=${lang}
        .compiled=${this.compiled}
        .store=${this.store}
        .snapshot=${this.withServerErrors(snapshot)}
      ></hoso-form>
      ${this.renderFees()}
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

  /** A page after the steps (documents, delivery): progress, heading, content, fees, buttons. */
  private renderExtra(title: string, content: TemplateResult, lang: Lang): TemplateResult {
    return html`<section aria-labelledby="${this.uid}-heading">
      ${this.progress(lang)}
      <h2 id="${this.uid}-heading" tabindex="-1">${title}</h2>
      ${content} ${this.renderFees()}
      <div class="actions">
        <button type="button" class="back" part="button back-button" @click=${this.onBack}>
          ${msg('nav.back', lang)}
        </button>
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

  private deliveryOptions(): { value: string; label: { vi: string; en: string } }[] {
    return (this.compiled!.definition.delivery ?? []).map((value) => ({
      value,
      label: { vi: msg(DELIVERY_LABELS[value]!, 'vi'), en: msg(DELIVERY_LABELS[value]!, 'en') },
    }));
  }

  private renderDelivery(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    const errors = [
      ...(this.attempted.has('delivery') ? this.pageErrors('delivery') : []),
      ...this.serverErrors.filter((e) => e.path === '$delivery'),
    ];
    return html`<hoso-choice-field
      id="${this.uid}-$delivery"
      name="$delivery"
      kind="radio"
      lang=${lang}
      required
      .element=${{
        type: 'radio',
        key: '$delivery',
        label: { vi: msg('delivery.label', 'vi'), en: msg('delivery.label', 'en') },
        options: this.deliveryOptions(),
      }}
      .value=${snapshot.values['$delivery'] as string | undefined}
      .errors=${errors}
      @input=${(event: Event) =>
        this.store!.setValue(
          '$delivery',
          (event.currentTarget as unknown as { value?: unknown }).value,
        )}
    ></hoso-choice-field>`;
  }

  private renderReview(snapshot: FormSnapshot, lang: Lang): TemplateResult {
    const definition = this.compiled!.definition;
    return html`<section aria-labelledby="${this.uid}-heading">
      <h2 id="${this.uid}-heading" tabindex="-1">${msg('review.title', lang)}</h2>
      ${snapshot.steps
        .filter((s) => s.visible)
        .map((s) => {
          const rows = reviewRows(definition.steps[s.index]!.elements, '', snapshot, lang);
          return html`<h3>${localize(s.title, lang)}</h3>
            <dl>
              ${rows.map((row) =>
                this.reviewRow(row.label, row.value, row.path, () => this.change(s.key, row.path)),
              )}
            </dl>`;
        })}
      ${this.renderReviewDocuments(snapshot, lang)} ${this.renderReviewDelivery(snapshot, lang)}
      ${this.renderFees()}
      <p class="sending" role="status">${this.sending ? msg('submit.sending', lang) : ''}</p>
      ${
        this.sendFailure
          ? html`<p class="send-error" role="alert" tabindex="-1">
              ${
                this.sendFailure === true
                  ? msg('submit.failed', lang)
                  : msg('submit.refused', lang, { reason: localize(this.sendFailure, lang) })
              }
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="back" part="button back-button" @click=${this.onBack}>
          ${msg('nav.back', lang)}
        </button>
        <button
          type="button"
          class="submit"
          part="button submit-button"
          aria-disabled=${this.sending ? 'true' : 'false'}
          @click=${this.onSubmit}
        >
          ${msg('review.submit', lang)}
        </button>
      </div>
    </section>`;
  }

  private reviewRow(
    label: string,
    value: string,
    path: string,
    onChange: (() => void) | undefined,
  ): TemplateResult {
    const lang = this.language;
    return html`<dt>${label}</dt>
      <dd>${value}</dd>
      <dd>
        ${
          onChange
            ? html`<button
                type="button"
                class="link change"
                part="change-button"
                data-path=${path}
                @click=${onChange}
              >
                ${msg('review.change', lang)}<span class="visually-hidden"> ${label}</span>
              </button>`
            : nothing
        }
      </dd>`;
  }

  private renderReviewDocuments(
    snapshot: FormSnapshot,
    lang: Lang,
  ): TemplateResult | typeof nothing {
    const documents = this.compiled!.definition.documents ?? [];
    if (documents.length === 0) return nothing;
    const required = new Set(snapshot.result.requiredDocuments);
    const shown = documents.filter((doc) => {
      const refs = getAt(snapshot.values, `$documents.${doc.key}`);
      return required.has(doc.key) || (Array.isArray(refs) && refs.length > 0);
    });
    if (shown.length === 0) return nothing;
    return html`<h3>${msg('review.documents', lang)}</h3>
      <dl>
        ${shown.map((doc) => {
          const path = `$documents.${doc.key}`;
          const refs = getAt(snapshot.values, path);
          const names = Array.isArray(refs) ? fileNames(refs) : '';
          return this.reviewRow(
            localize(doc.title, lang),
            names || msg('review.no-files', lang),
            path,
            () => this.changeExtra('documents', path),
          );
        })}
      </dl>`;
  }

  private renderReviewDelivery(
    snapshot: FormSnapshot,
    lang: Lang,
  ): TemplateResult | typeof nothing {
    const options = this.deliveryOptions();
    if (options.length === 0) return nothing;
    const chosen = options.find((o) => o.value === snapshot.values['$delivery']);
    return html`<h3>${msg('review.delivery', lang)}</h3>
      <dl>
        ${this.reviewRow(
          msg('delivery.label', lang),
          chosen ? localize(chosen.label, lang) : msg('review.empty', lang),
          '$delivery',
          options.length > 1 ? () => this.changeExtra('delivery', '$delivery') : undefined,
        )}
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-procedure': HosoProcedure;
  }
}
