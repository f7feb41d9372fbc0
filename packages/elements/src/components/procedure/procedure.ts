import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Problem } from '@hoso/schema';
import {
  compile,
  createFormStore,
  defaultValues,
  DefinitionError,
  UncheckedDefinitionError,
  type CompiledProcedure,
  type PrecompiledCompileOptions,
  type FormSnapshot,
  type FormStore,
  type SchemaValidator,
  type ValidationError,
} from '@hoso/core/precompiled';
import { HosoSubmitEvent } from '../../events/hoso-submit.js';
import { FileRegistry, formContext, type FormContextValue } from '../../internal/context.js';
import { fieldNodeAt } from '../../internal/field-node-at.js';
import { msg, toLang, type Lang } from '../../internal/i18n.js';
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
import { deliveryOptions, renderDelivery } from './views/delivery-view.js';
import { renderDocuments } from './views/documents-view.js';
import { renderDraftNotice } from './views/draft-notice-view.js';
import { renderExtraPage } from './views/extra-page-view.js';
import { renderLoadFailure, renderLoadState } from './views/load-view.js';
import type { Progress } from './views/page-parts.js';
import { renderProblems } from './views/problems-view.js';
import { renderReceipt, renderSubmitted } from './views/receipt-view.js';
import { renderReview } from './views/review-view.js';
import { renderStep } from './views/step-view.js';
import { renderSummary } from './views/summary-view.js';

/** The pages after the definition's steps, and what follows submission. */
type View = 'form' | 'documents' | 'delivery' | 'review' | 'receipt' | 'submitted';

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

  /**
   * The procedure definition (JSON). A definition its validator module was not built from is
   * checked first (the checker loads on demand); problems are listed instead of a form.
   */
  @property({ attribute: false }) definition: unknown;
  /**
   * The standalone validator of the definition's data schema (`hoso compile`); it vouches for
   * the definition it was built from.
   */
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
    if (this.start(definition, { schemaValidator })) return;
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

  /**
   * Compiles the definition (a definition with problems lists them) and starts the form; false
   * when the definition must first be checked here and no checker was given.
   */
  private start(definition: unknown, options: PrecompiledCompileOptions): boolean {
    let compiled: CompiledProcedure;
    try {
      compiled = compile(definition, options);
    } catch (error) {
      if (error instanceof UncheckedDefinitionError) return false;
      if (!(error instanceof DefinitionError)) throw error;
      this.problems = error.problems;
      return true;
    }
    this.compiled = compiled;
    const today = this.today ? { today: this.today } : {};
    const start = this.startValues(compiled);
    const restored = this.drafts.restore(compiled, start);
    this.store = createFormStore(compiled, { values: restored, ...today });
    this.drafts.settled(this.store.getState().values);
    this.snapshot = this.store.getState();
    this.unsubscribe = this.store.subscribe(this.onChange);
    return true;
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
    // Core asks for the choice (and checks it is offered), so the server's verdict is the same.
    if (view === 'delivery') return snapshot.result.errors.filter((e) => e.path === '$delivery');
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
    if (result.errors.length > 0) {
      this.attempted = new Set(this.extraPages);
      await this.showSummary(result.errors);
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
    const node = fieldNodeAt(this.compiled!.tree, path);
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
    if (this.loadFailure) return renderLoadFailure(this.loadFailure, lang);
    if (this.problems.length > 0) return renderProblems(this.problems, lang);
    const snapshot = this.snapshot;
    const compiled = this.compiled;
    if (!snapshot || !compiled) return renderLoadState(this.loading || this.checking, lang);
    if (this.view === 'receipt' && this.receipt) return renderReceipt(this.receipt, lang);
    if (this.view === 'submitted') return renderSubmitted(lang);
    return html`${renderDraftNotice({
      notice: this.drafts.notice,
      currentVersion: compiled.definition.version,
      lang,
      onStartAgain: () => void this.startAgain(),
      onDismiss: () => void this.dismissNotice(),
    })}${renderSummary({
      errors: this.summary,
      idPrefix: this.uid,
      lang,
      onLink: (event, error) => void this.onSummaryLink(event, error),
    })}
    ${this.renderView(snapshot, compiled, lang)}`;
  }

  private renderView(
    snapshot: FormSnapshot,
    compiled: CompiledProcedure,
    lang: Lang,
  ): TemplateResult {
    const page = {
      idPrefix: this.uid,
      lang,
      hasFees: (compiled.definition.fees ?? []).length > 0,
      onBack: () => void this.onBack(),
    };
    const onContinue = (): void => void this.onContinue();
    switch (this.view) {
      case 'review':
        return renderReview({
          ...page,
          definition: compiled.definition,
          snapshot,
          sending: this.sending,
          sendFailure: this.sendFailure,
          onSubmit: () => void this.onSubmit(),
          onChangeStep: (stepKey, path) => void this.change(stepKey, path),
          onChangePage: (view, path) => void this.changeExtra(view, path),
        });
      case 'documents':
        return renderExtraPage({
          ...page,
          progress: this.progress(snapshot),
          title: msg('documents.title', lang),
          content: renderDocuments({
            idPrefix: this.uid,
            lang,
            savesDrafts: this.drafts.storage !== undefined,
            showErrors: this.attempted.has('documents'),
          }),
          onContinue,
        });
      case 'delivery':
        return renderExtraPage({
          ...page,
          progress: this.progress(snapshot),
          title: msg('delivery.title', lang),
          content: renderDelivery({
            idPrefix: this.uid,
            lang,
            options: deliveryOptions(compiled.definition.delivery ?? []),
            value: snapshot.values['$delivery'] as string | undefined,
            errors: [
              ...(this.attempted.has('delivery') ? this.pageErrors('delivery') : []),
              ...this.serverErrors.filter((e) => e.path === '$delivery'),
            ],
            onChoose: (value) => this.store!.setValue('$delivery', value),
          }),
          onContinue,
        });
      default:
        return renderStep({
          ...page,
          progress: this.progress(snapshot),
          compiled,
          store: this.store!,
          snapshot: this.withServerErrors(snapshot),
          onContinue,
        });
    }
  }

  /** The current page's number among the visible steps and extra pages, and their count. */
  private progress(snapshot: FormSnapshot): Progress {
    const visible = snapshot.steps.filter((s) => s.visible);
    const pages = this.extraPages;
    const n =
      this.view === 'form'
        ? visible.findIndex((s) => s.index === snapshot.currentStep) + 1
        : visible.length + pages.indexOf(this.view) + 1;
    return { n, total: visible.length + pages.length };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-procedure': HosoProcedure;
  }
}
