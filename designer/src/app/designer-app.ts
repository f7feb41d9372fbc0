/**
 * <hoso-designer>: the shell. It owns the model (through Modeling and its command stack), the
 * selection and the views, and wires the features: palette, canvas, properties panel, section
 * editors, problems, JSON view, preview, autosave, import/export and publishing.
 */
import { checkDefinition, type Problem, type ProcedureDefinition } from '@hoso/schema';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { renderCanvas } from '../features/canvas/canvas.js';
import { ELEMENT_TYPE, applyDrop, isDesignerDrag } from '../features/dragging/drag-data.js';
import { renderFlow } from '../features/flow-diagram/flow-editor.js';
import {
  LocaleController,
  getLocale,
  localized,
  setLocale,
  t,
  type Locale,
} from '../features/i18n/locale.js';
import '../features/json-editor/json-editor.js';
import type { HosoJsonEditor } from '../features/json-editor/json-editor.js';
import { clone, getAt } from '../features/modeling/json-path.js';
import { Modeling } from '../features/modeling/modeling.js';
import { newDefinition } from '../features/modeling/template.js';
import { pickOverlayFiles } from '../features/overlay/overlay-files.js';
import { loadOverlayExamples, type OverlayExample } from '../features/overlay/overlay-examples.js';
import { renderOverlayPanel } from '../features/overlay/overlay-panel.js';
import { overlayBadge } from '../features/overlay/overlay-marks.js';
import {
  notApplied,
  openOverlay,
  provenanceOf,
  type OverlaySession,
} from '../features/overlay/overlay-session.js';
import { renderPalette } from '../features/palette/palette.js';
import '../features/preview/hoso-preview.js';
import { renderTypesView } from '../features/preview/types-view.js';
import { selectionForPointer } from '../features/problems/pointer-selection.js';
import { renderProblems } from '../features/problems/problems-panel.js';
import {
  renderElementProperties,
  renderStepProperties,
} from '../features/properties-panel/properties-panel.js';
import { renderDocuments } from '../features/properties-panel/sections/documents-editor.js';
import { renderFees } from '../features/properties-panel/sections/fees-editor.js';
import { renderProcedureDetails } from '../features/properties-panel/sections/procedure-details.js';
import '../features/rules/condition-builder.js';
import { fieldChoices, type FieldChoice } from '../features/rules/fields.js';
import '../features/rules/formula-editor.js';
import {
  fetchDefinition,
  listProcedures,
  publishDefinition,
  type PublishedSummary,
} from '../features/server/intake-client.js';
import { DraftStore } from '../features/storage/draft-store.js';
import { loadExamples, type Example } from '../features/storage/examples.js';
import { exportJson, fileNameFor, readJsonText } from '../features/storage/files.js';
import type { EditorContext } from './context.js';
import { designerStyles } from './designer-styles.js';
import { INITIAL_SELECTION, type Section, type Selection } from './selection.js';
import { sharedStyles } from './shared-styles.js';

type View = 'design' | 'preview' | 'types';

@customElement('hoso-designer')
export class HosoDesigner extends LitElement {
  static override styles = [sharedStyles, designerStyles];

  /** IndexedDB database of the autosave (tests use their own). */
  @property() storage = 'hoso-designer';
  /** Do not restore or save drafts. */
  @property({ type: Boolean, attribute: 'no-autosave' }) noAutosave = false;
  /** A plain text area instead of monaco for the JSON view. */
  @property({ type: Boolean, attribute: 'json-plain' }) jsonPlain = false;

  readonly modeling = new Modeling(newDefinition());
  @state() definition: ProcedureDefinition = this.modeling.definition;
  @state() selection: Selection = INITIAL_SELECTION;
  @state() view: View = 'design';
  @state() showJson = true;
  /** JSON text that does not parse yet (typed, or an imported file), and why. */
  @state() draftText: string | undefined;
  @state() jsonError: string | undefined;
  @state() private status = '';
  /** The province overlay the definition was resolved from, when opened with one. */
  @state() overlay: OverlaySession | undefined;
  @state() private serverList: PublishedSummary[] = [];
  @state() private serverMessage = '';
  @state() private serverUrl = '';
  @state() private token = '';
  /** The text of the last export (what the download contained). */
  lastExport: string | undefined;
  /** Resolves once the draft (if any) has been restored. */
  ready: Promise<void> = Promise.resolve();

  private readonly examples: Example[] = loadExamples();
  /** Bases with a province overlay offered in the examples list. */
  overlayExamples: OverlayExample[] = loadOverlayExamples();
  private drafts: DraftStore | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private jsonTimer: ReturnType<typeof setTimeout> | undefined;
  private jsonEditor: HosoJsonEditor | undefined;
  /** The JSON view's last applied text and the definition it became (see `valueSource`). */
  private jsonSource: { definition: unknown; text: string } | undefined;
  private memo = {
    definition: undefined as unknown,
    problems: [] as Problem[],
    fields: [] as FieldChoice[],
    json: '',
  };

  constructor() {
    super();
    new LocaleController(this);
    this.modeling.subscribe((state) => {
      this.definition = state as ProcedureDefinition;
      this.draftText = undefined;
      this.jsonError = undefined;
      this.selection = this.validSelection(this.selection);
      this.scheduleSave();
    });
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('json-input', this.onJsonInput as EventListener);
    this.addEventListener('input', markDirty, true);
    this.addEventListener('change', clearDirty, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this.serverUrl = localStorage.getItem('hoso-designer.server') ?? '';
      this.token = sessionStorage.getItem('hoso-designer.token') ?? '';
    } catch {
      // Storage may be unavailable (private mode); the fields start empty.
    }
    if (!this.jsonEditor) {
      this.jsonEditor = document.createElement('hoso-json-editor');
      this.jsonEditor.slot = 'json';
      this.jsonEditor.plain = this.jsonPlain;
      this.jsonEditor.style.height = '100%';
      this.append(this.jsonEditor);
    }
    if (!this.noAutosave) this.ready = this.restore();
    window.addEventListener('pagehide', this.flushSave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flushSave);
    this.flushSave();
    this.drafts?.close();
  }

  // ---- model-derived values (memoised by the definition's identity) ----

  private derive(): typeof this.memo {
    if (this.memo.definition !== this.definition) {
      let problems: Problem[];
      try {
        problems = checkDefinition(this.definition).problems;
      } catch (error) {
        problems = [
          {
            pointer: '',
            code: 'check-failed',
            message: { vi: String(error), en: String(error) },
          },
        ];
      }
      this.memo = {
        definition: this.definition,
        problems,
        fields: fieldChoices(this.definition),
        json: JSON.stringify(this.definition, null, 2),
      };
    }
    return this.memo;
  }

  get problems(): Problem[] {
    return this.derive().problems;
  }

  private context(): EditorContext {
    return {
      modeling: this.modeling,
      definition: this.definition,
      selection: this.selection,
      select: (selection) => (this.selection = this.validSelection(selection)),
      fields: this.derive().fields,
      overlay: this.overlay,
      announce: (message) => (this.status = message),
      focusLater: (selector) => this.focusLater(selector),
    };
  }

  private validSelection(selection: Selection): Selection {
    const steps = Array.isArray(this.definition?.steps) ? this.definition.steps : [];
    const step = Math.max(0, Math.min(selection.step, steps.length - 1));
    const element =
      selection.element &&
      selection.element.startsWith(`/steps/${step}/`) &&
      typeof getAt(this.definition, selection.element) === 'object'
        ? selection.element
        : undefined;
    const item =
      selection.item && getAt(this.definition, selection.item) !== undefined
        ? selection.item
        : undefined;
    const section = selection.section === 'overlay' && !this.overlay ? 'step' : selection.section;
    return { section, step, element, item };
  }

  focusLater(selector: string): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      target?.scrollIntoView?.({ block: 'nearest' });
      target?.focus();
    });
  }

  // ---- autosave ----

  private async restore(): Promise<void> {
    this.drafts = new DraftStore(this.storage);
    try {
      const draft = await this.drafts.load();
      if (draft && draft.definition !== undefined) {
        this.modeling.reset(draft.definition);
        if (draft.text !== undefined) {
          const parsed = readJsonText(draft.text);
          if (!parsed.ok) {
            this.draftText = draft.text;
            this.jsonError = parsed.error;
          }
        }
        this.status = t('app.restored');
      }
    } catch (error) {
      console.warn('Draft not restored', error);
    }
  }

  private scheduleSave(): void {
    if (this.noAutosave) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 300);
  }

  private flushSave = (): void => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.save();
  };

  async save(): Promise<void> {
    this.saveTimer = undefined;
    if (this.noAutosave) return;
    this.drafts ??= new DraftStore(this.storage);
    try {
      await this.drafts.save({ definition: this.definition, text: this.draftText });
    } catch (error) {
      console.warn('Autosave failed', error);
    }
  }

  // ---- JSON view ----

  private onJsonInput = (event: CustomEvent<{ text: string }>): void => {
    clearTimeout(this.jsonTimer);
    const text = event.detail.text;
    this.jsonTimer = setTimeout(() => this.applyJsonText(text), 350);
  };

  /** Applies JSON text from the JSON view: one undoable edit when it parses. */
  applyJsonText(text: string): void {
    const parsed = readJsonText(text);
    if (!parsed.ok) {
      this.draftText = text;
      this.jsonError = parsed.error;
      this.scheduleSave();
      return;
    }
    this.draftText = undefined;
    this.jsonError = undefined;
    this.modeling.replace(parsed.definition);
    this.jsonSource = { definition: this.definition, text };
  }

  // ---- opening, exporting, publishing ----

  /** Opens JSON text (a file): as the definition when it parses, else in the JSON view. */
  openText(text: string, name: string): void {
    const opened = readJsonText(text);
    if (!opened.ok) {
      this.draftText = text;
      this.jsonError = opened.error;
      this.showJson = true;
      this.status = t('app.importInvalidJson', { name });
      this.scheduleSave();
      return;
    }
    this.openDefinition(opened.definition, name);
  }

  openDefinition(definition: unknown, name: string): void {
    this.overlay = undefined;
    this.modeling.replace(clone(definition));
    this.selection = this.validSelection({ section: 'step', step: 0 });
    const count = this.problems.length;
    this.status = count ? t('app.importProblems', { name, count }) : t('app.imported', { name });
  }

  /**
   * Opens a national base resolved with a province overlay: the resolved definition, with the
   * overlay's values marked and its changes listed. Refused (the definition stays) when the
   * overlay cannot be resolved at all.
   */
  openWithOverlay(base: unknown, overlay: unknown, name: string): boolean {
    const opening = openOverlay(base, overlay, name);
    if (!opening.ok) {
      const first = opening.problems[0];
      const message = first ? (getLocale() === 'vi' ? first.message.vi : first.message.en) : '';
      this.status = t('overlay.refused', { name, message });
      return false;
    }
    this.openDefinition(opening.session.resolved, name);
    // Marks compare by identity with what the editor holds (opening copies the definition).
    this.overlay = { ...opening.session, resolved: this.modeling.definition };
    const failed = opening.session.changes.filter(notApplied).length;
    this.status = t('overlay.opened', { name, failed });
    return true;
  }

  private onOverlayFiles = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = await Promise.all(
      [...(input.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    input.value = '';
    const picked = pickOverlayFiles(files);
    if (picked.ok) this.openWithOverlay(picked.base, picked.overlay, picked.name);
    else if (picked.reason === 'invalid-json') {
      this.status = t('overlay.refused', { name: picked.file, message: picked.error });
    } else this.status = t('overlay.needBoth');
  };

  private newProcedure = (): void => {
    this.overlay = undefined;
    this.modeling.replace(newDefinition());
    this.selection = { section: 'step', step: 0 };
    this.status = t('app.new');
  };

  private onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    this.openText(text, file.name);
  };

  exportDefinition = (): void => {
    this.lastExport = JSON.stringify(this.definition, null, 2) + '\n';
    exportJson(this.definition, fileNameFor(this.definition));
  };

  private saveServerSettings(): void {
    try {
      localStorage.setItem('hoso-designer.server', this.serverUrl);
      sessionStorage.setItem('hoso-designer.token', this.token);
    } catch {
      // Nothing to keep them in.
    }
  }

  private async loadServerList(): Promise<void> {
    this.saveServerSettings();
    if (!this.serverUrl) {
      this.serverMessage = t('server.noUrl');
      return;
    }
    try {
      this.serverList = await listProcedures(this.serverUrl);
      this.serverMessage = '';
    } catch (error) {
      this.serverMessage = t('server.error', { error: String(error) });
    }
  }

  private async openFromServer(item: PublishedSummary): Promise<void> {
    try {
      const definition = await fetchDefinition(this.serverUrl, item.id, item.version);
      this.openDefinition(definition, `${item.id}@${item.version}`);
      this.renderRoot.querySelector('dialog')?.close();
    } catch (error) {
      this.serverMessage = t('server.error', { error: String(error) });
    }
  }

  private async publish(): Promise<void> {
    this.saveServerSettings();
    if (!this.serverUrl) {
      this.serverMessage = t('server.noUrl');
      return;
    }
    if (this.problems.length > 0 || this.jsonError) {
      this.serverMessage = t('server.needProblemsFixed');
      return;
    }
    const outcome = await publishDefinition(this.serverUrl, this.token, this.definition);
    switch (outcome.kind) {
      case 'created':
        this.serverMessage = t('server.published', outcome);
        break;
      case 'unchanged':
        this.serverMessage = t('server.unchanged');
        break;
      case 'conflict':
        this.serverMessage = t('server.conflict', { version: this.definition.version });
        break;
      case 'problems':
        this.serverMessage = t('server.rejected', { count: outcome.problems.length });
        break;
      case 'error':
        this.serverMessage = t('server.error', { error: outcome.message });
        break;
    }
  }

  // ---- keyboard ----

  private onKeyDown = (event: KeyboardEvent): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod) return;
    const key = event.key.toLowerCase();
    const undo = key === 'z' && !event.shiftKey;
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (!undo && !redo) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // The JSON view has its own undo; a field with unsaved typing undoes its own text.
    if (target?.closest?.('hoso-json-editor')) return;
    if (target?.dataset?.dirty === '1') return;
    event.preventDefault();
    if (undo) this.undo();
    else this.redo();
  };

  undo(): void {
    if (this.modeling.undo()) this.status = t('app.undo');
  }

  redo(): void {
    if (this.modeling.redo()) this.status = t('app.redo');
  }

  // ---- adding from the palette (keyboard or click) ----

  private addFromPalette = (kind: string): void => {
    const step = this.selection.step;
    const selected = this.selection.element;
    let list = `/steps/${step}/elements`;
    let index = (getAt(this.definition, list) as unknown[] | undefined)?.length ?? 0;
    if (selected) {
      const parts = selected.split('/');
      const element = getAt(this.definition, selected) as { type?: string } | undefined;
      if (element?.type === 'group' || element?.type === 'repeater') {
        list = `${selected}/elements`;
        index = (getAt(this.definition, list) as unknown[] | undefined)?.length ?? 0;
      } else {
        list = parts.slice(0, -1).join('/');
        index = Number(parts[parts.length - 1]) + 1;
      }
    }
    if (this.selection.section !== 'step') this.selection = { section: 'step', step };
    const pointer = this.modeling.addElement(list, index, kind);
    this.selection = { section: 'step', step, element: pointer };
    const element = getAt(this.definition, pointer) as { label?: unknown; key?: string };
    this.status = t('element.added', { name: localized(element.label) || String(element.key) });
    this.focusLater(`[data-pointer="${pointer}"] > .el-head > .el-select`);
  };

  // ---- rendering ----

  protected override updated(): void {
    if (this.jsonEditor) {
      // Identity, not parsing: the definition is still the one the view's text became.
      const fromView =
        this.draftText === undefined && this.jsonSource?.definition === this.definition;
      this.jsonEditor.valueSource = fromView ? this.jsonSource!.text : undefined;
      this.jsonEditor.value = this.draftText ?? this.derive().json;
    }
  }

  private go(section: Section, step = this.selection.step): void {
    this.view = 'design';
    this.selection = this.validSelection({ section, step });
  }

  override render(): TemplateResult {
    const ctx = this.context();
    const { problems } = this.derive();
    const wide = this.view !== 'design' || this.selection.section !== 'step';
    return html`<header>
        <h1>${t('app.title')}</h1>
        <div class="toolbar" role="toolbar" aria-label=${t('app.toolbar')}>
          <button type="button" data-action="new" @click=${this.newProcedure}>
            ${t('app.new')}
          </button>
          <button
            type="button"
            data-action="open"
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#open-file')?.click()}
          >
            ${t('app.open')}
          </button>
          <input
            id="open-file"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            tabindex="-1"
            aria-label=${t('app.open')}
            @change=${this.onFile}
          />
          <button
            type="button"
            data-action="open-overlay"
            @click=${() =>
              this.renderRoot.querySelector<HTMLInputElement>('#open-overlay')?.click()}
          >
            ${t('overlay.open')}
          </button>
          <input
            id="open-overlay"
            class="visually-hidden"
            type="file"
            multiple
            accept=".json,application/json"
            tabindex="-1"
            aria-label=${t('overlay.openFiles')}
            @change=${this.onOverlayFiles}
          />
          <select
            aria-label=${t('app.examples')}
            data-action="examples"
            @change=${(e: Event) => {
              const select = e.target as HTMLSelectElement;
              const example = this.examples.find((x) => x.name === select.value);
              if (example) this.openDefinition(example.definition, example.name);
              const withOverlay = this.overlayExamples.find(
                (x) => `overlay:${x.name}` === select.value,
              );
              if (withOverlay) {
                this.openWithOverlay(withOverlay.base, withOverlay.overlay, withOverlay.name);
              }
              select.value = '';
            }}
          >
            <option value="">
              ${
                this.examples.length || this.overlayExamples.length
                  ? t('app.examplesPick')
                  : t('app.examplesNone')
              }
            </option>
            ${this.examples.map((x) => html`<option value=${x.name}>${x.name}</option>`)}
            ${
              this.overlayExamples.length
                ? html`<optgroup label=${t('overlay.examples')}>
                    ${this.overlayExamples.map(
                      (x) => html`<option value=${`overlay:${x.name}`}>${x.name}</option>`,
                    )}
                  </optgroup>`
                : nothing
            }
          </select>
          <button type="button" data-action="export" @click=${this.exportDefinition}>
            ${t('app.export')}
          </button>
          <button
            type="button"
            data-action="server"
            @click=${() => this.renderRoot.querySelector('dialog')?.showModal()}
          >
            ${t('app.publish')}
          </button>
          <span class="sep" aria-hidden="true"></span>
          <button
            type="button"
            data-action="undo"
            aria-keyshortcuts="Control+Z"
            ?disabled=${!this.modeling.stack.canUndo()}
            @click=${() => this.undo()}
          >
            ↶ ${t('app.undo')}
          </button>
          <button
            type="button"
            data-action="redo"
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            ?disabled=${!this.modeling.stack.canRedo()}
            @click=${() => this.redo()}
          >
            ↷ ${t('app.redo')}
          </button>
          <span class="sep" aria-hidden="true"></span>
          <div class="views row" role="group" aria-label=${t('app.views')}>
            ${(['design', 'preview', 'types'] as const).map(
              (v) =>
                html`<button
                  type="button"
                  data-view=${v}
                  aria-pressed=${this.view === v ? 'true' : 'false'}
                  @click=${() => (this.view = v)}
                >
                  ${t(`app.view.${v}`)}
                </button>`,
            )}
          </div>
          <label class="row"
            ><input
              type="checkbox"
              data-action="toggle-json"
              .checked=${this.showJson}
              @change=${(e: Event) => (this.showJson = (e.target as HTMLInputElement).checked)}
            />${t('app.showJson')}</label
          >
          <select
            aria-label=${t('app.language')}
            data-action="locale"
            @change=${(e: Event) => setLocale((e.target as HTMLSelectElement).value as Locale)}
          >
            <option value="vi" ?selected=${getLocale() === 'vi'}>Tiếng Việt</option>
            <option value="en" ?selected=${getLocale() === 'en'}>English</option>
          </select>
        </div>
        <p class="status" role="status" aria-live="polite">${this.status}</p>
      </header>
      <div class="workspace ${wide ? 'wide' : ''} ${this.showJson ? 'with-json' : ''}">
        ${this.renderNav()}
        <main>${this.renderMain(ctx)}</main>
        ${
          wide
            ? nothing
            : html`<aside class="properties" aria-labelledby="props-title">
                <h2 id="props-title" class="visually-hidden">${t('props.title')}</h2>
                ${this.renderProperties(ctx)}
              </aside>`
        }
        <section class="json-pane" aria-labelledby="json-heading" ?hidden=${!this.showJson}>
          <h2 id="json-heading">${t('json.title')}</h2>
          <slot name="json"></slot>
        </section>
      </div>
      <footer>${renderProblems(problems, this.jsonError, (p) => this.openProblem(p))}</footer>
      ${this.renderServerDialog()}`;
  }

  private openProblem(problem: Problem): void {
    this.openPointer(problem.pointer);
  }

  /** Shows the place of a pointer of the definition: its element, item or section. */
  openPointer(pointer: string): void {
    const selection = selectionForPointer(pointer);
    this.view = 'design';
    this.selection = this.validSelection(selection);
    if (this.selection.element) {
      this.focusLater(`[data-pointer="${this.selection.element}"] > .el-head > .el-select`);
    } else if (this.selection.item) {
      this.focusLater(
        `[data-item="${this.selection.item}"] input, [data-item="${this.selection.item}"] select`,
      );
    } else if (selection.section === 'step') {
      this.focusLater('#props-heading');
    } else {
      this.focusLater(
        `[data-pointer^="${pointer.split('/').slice(0, 2).join('/')}"], #section-heading`,
      );
    }
  }

  private renderNav(): TemplateResult {
    const steps = Array.isArray(this.definition.steps) ? this.definition.steps : [];
    const current = (section: Section, step?: number) =>
      this.view === 'design' &&
      this.selection.section === section &&
      (step === undefined || this.selection.step === step)
        ? 'true'
        : 'false';
    return html`<nav class="sections" aria-label=${t('app.sections')}>
      <ul>
        <li>
          <button
            type="button"
            class="nav"
            data-section="metadata"
            aria-current=${current('metadata')}
            @click=${() => this.go('metadata')}
          >
            ${t('section.metadata')}
          </button>
        </li>
        <li>
          <span class="label">${t('section.steps')}</span>
          <ul class="steps-list">
            ${steps.map((step, i) => this.renderStepItem(step as unknown as Record<string, unknown>, i, steps.length, current('step', i)))}
          </ul>
          <button
            type="button"
            data-action="add-step"
            @click=${() => {
              const pointer = this.modeling.addStep();
              const index = Number(pointer.split('/')[2]);
              this.go('step', index);
              this.focusLater(`[data-step="${index}"]`);
            }}
          >
            + ${t('step.add')}
          </button>
        </li>
        ${(
          ['documents', 'fees', 'flow', ...(this.overlay ? ['overlay' as const] : [])] as const
        ).map(
          (section) =>
            html`<li>
              <button
                type="button"
                class="nav"
                data-section=${section}
                aria-current=${current(section)}
                @click=${() => this.go(section)}
              >
                ${t(`section.${section}`)}
              </button>
            </li>`,
        )}
      </ul>
      ${
        this.view === 'design' && this.selection.section === 'step'
          ? renderPalette(this.addFromPalette)
          : nothing
      }
    </nav>`;
  }

  private renderStepItem(
    step: Record<string, unknown>,
    index: number,
    count: number,
    current: string,
  ): TemplateResult {
    const name = localized(step.title) || String(step.key ?? index + 1);
    const onDragOver = (e: DragEvent) => {
      if (!isDesignerDrag(e)) return;
      e.preventDefault();
      (e.currentTarget as HTMLElement).classList.add('drop-target');
    };
    const onDrop = (e: DragEvent) => {
      const target = e.currentTarget as HTMLElement;
      target.classList.remove('drop-target');
      if (!e.dataTransfer || !isDesignerDrag(e)) return;
      e.preventDefault();
      const list = `/steps/${index}/elements`;
      const length = (getAt(this.definition, list) as unknown[] | undefined)?.length ?? 0;
      const fromSame = e.dataTransfer.getData(ELEMENT_TYPE).startsWith(`${list}/`);
      // Dropped on a step: the element goes last in that step.
      const pointer = applyDrop(this.modeling, e.dataTransfer, list, fromSame ? length : length);
      if (pointer)
        this.selection = this.validSelection({ section: 'step', step: index, element: pointer });
    };
    return html`<li
      class="step-item"
      @dragover=${onDragOver}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('drop-target')}
      @drop=${onDrop}
    >
      <button
        type="button"
        class="nav"
        data-step=${index}
        aria-current=${current}
        @click=${() => this.go('step', index)}
      >
        ${index + 1}. ${name}
        ${step.visibleWhen !== undefined ? html`<span class="badge">${t('step.conditional')}</span>` : nothing}
        ${overlayBadge(provenanceOf(this.overlay, this.definition, `/steps/${index}`))}
      </button>
      <button
        type="button"
        class="icon"
        aria-label=${`${t('step.up')}: ${name}`}
        ?disabled=${index === 0}
        @click=${() => {
          this.modeling.moveStep(index, index - 1);
          this.go('step', index - 1);
        }}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        aria-label=${`${t('step.down')}: ${name}`}
        ?disabled=${index >= count - 1}
        @click=${() => {
          this.modeling.moveStep(index, index + 1);
          this.go('step', index + 1);
        }}
      >
        ↓
      </button>
      <button
        type="button"
        class="icon"
        aria-label=${`${t('step.remove')}: ${name}`}
        ?disabled=${count <= 1}
        @click=${() => {
          this.modeling.removeStep(index);
          this.go('step', Math.max(0, index - 1));
        }}
      >
        ✕
      </button>
    </li>`;
  }

  private renderMain(ctx: EditorContext): unknown {
    if (this.view === 'preview') {
      return html`<hoso-preview .definition=${this.definition}></hoso-preview>`;
    }
    if (this.view === 'types') return renderTypesView(this.definition);
    switch (this.selection.section) {
      case 'metadata':
        return renderProcedureDetails(ctx);
      case 'documents':
        return renderDocuments(ctx);
      case 'fees':
        return renderFees(ctx);
      case 'flow':
        return renderFlow(ctx);
      case 'overlay':
        return this.overlay
          ? renderOverlayPanel(this.overlay, this.definition, (p) => this.openPointer(p))
          : renderCanvas(ctx);
      default:
        return renderCanvas(ctx);
    }
  }

  private renderProperties(ctx: EditorContext): unknown {
    if (this.selection.section !== 'step') {
      return html`<p class="hint">${t('props.none')}</p>`;
    }
    return this.selection.element
      ? renderElementProperties(ctx, this.selection.element)
      : renderStepProperties(ctx, this.selection.step);
  }

  private renderServerDialog(): TemplateResult {
    return html`<dialog aria-labelledby="server-heading">
      <h2 id="server-heading">${t('server.title')}</h2>
      <label class="field"
        ><span>${t('server.url')}</span
        ><input
          type="url"
          name="server-url"
          placeholder="http://localhost:8080"
          .value=${this.serverUrl}
          @change=${(e: Event) => (this.serverUrl = (e.target as HTMLInputElement).value.trim())}
      /></label>
      <label class="field"
        ><span>${t('server.token')}</span
        ><input
          type="password"
          name="server-token"
          autocomplete="off"
          aria-describedby="token-hint"
          .value=${this.token}
          @change=${(e: Event) => (this.token = (e.target as HTMLInputElement).value.trim())}
        /><span class="hint" id="token-hint">${t('server.tokenHint')}</span></label
      >
      <div class="row">
        <button type="button" @click=${() => void this.loadServerList()}>
          ${t('server.list')}
        </button>
        <button
          type="button"
          class="primary"
          data-action="publish"
          @click=${() => void this.publish()}
        >
          ${t('server.publish')}
        </button>
        <button type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
          ${t('common.close')}
        </button>
      </div>
      <p role="status">${this.serverMessage}</p>
      <ul>
        ${this.serverList.map(
          (item) =>
            html`<li>
              <button type="button" class="link" @click=${() => void this.openFromServer(item)}>
                ${t('server.open', { title: localized(item.title) || item.id, version: item.version })}
              </button>
            </li>`,
        )}
      </ul>
    </dialog>`;
  }
}

function markDirty(event: Event): void {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    target.dataset.dirty = '1';
  }
}

function clearDirty(event: Event): void {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (target?.dataset) delete target.dataset.dirty;
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-designer': HosoDesigner;
  }
}
