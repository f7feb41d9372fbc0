import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocaleController, t } from '../i18n/locale.js';

type MonacoModule = typeof import('./monaco-setup.js');
type Editor = ReturnType<MonacoModule['setUpMonaco']>['editor'];
type CodeEditor = ReturnType<Editor['create']>;

/**
 * The definition's JSON, edited as text. monaco-editor (with the meta-schema's diagnostics and
 * completion) is loaded lazily and rendered in light DOM (its CSS lives in the document); until
 * it is loaded, or with `plain`, a textarea does the same job. Fires `json-input` with
 * `detail.text` as the analyst types; the host decides when to apply it.
 */
@customElement('hoso-json-editor')
export class HosoJsonEditor extends LitElement {
  /** The JSON text of the model. Set from outside on every model change. */
  @property({ attribute: false }) value = '';
  /**
   * The text `value` was parsed from, when the model changed because of this view's own input
   * (undefined for every other change: undo, canvas edits, opened files). While the editor
   * still shows that text it is kept, so the analyst's formatting is not replaced by `value`'s.
   */
  @property({ attribute: false }) valueSource: string | undefined;
  /** A textarea only: no monaco (tests, slow devices). */
  @property({ type: Boolean }) plain = false;
  @state() private loaded = false;
  private editor: CodeEditor | undefined;
  private applying = false;
  private loading: Promise<void> | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  // Light DOM: monaco injects its styles into document.head.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.plain) this.loading ??= this.loadMonaco();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.getModel()?.dispose();
    this.editor?.dispose();
    this.editor = undefined;
    this.loading = undefined;
    this.loaded = false;
  }

  /** The text being edited (which may differ from `value` while the analyst types). */
  get text(): string {
    if (this.editor) return this.editor.getValue();
    return this.querySelector('textarea')?.value ?? this.value;
  }

  /** Puts the cursor at a JSON pointer's place, if monaco can find it. */
  reveal(needle: string): void {
    if (!this.editor) return;
    const model = this.editor.getModel();
    const match = model?.findMatches(needle, false, false, true, null, false)[0];
    if (match) {
      this.editor.revealRangeInCenter(match.range);
      this.editor.setSelection(match.range);
    }
  }

  private async loadMonaco(): Promise<void> {
    try {
      const module: MonacoModule = await import('./monaco-setup.js');
      if (!this.isConnected) return;
      const monaco = module.setUpMonaco();
      this.loaded = true;
      await this.updateComplete;
      const host = this.querySelector<HTMLElement>('.monaco-host');
      if (!host) return;
      const uri = monaco.Uri.parse(module.MODEL_URI);
      monaco.editor.getModel(uri)?.dispose();
      const model = monaco.editor.createModel(this.value, 'json', uri);
      this.editor = monaco.editor.create(host, {
        model,
        automaticLayout: true,
        minimap: { enabled: false },
        tabSize: 2,
        fontSize: 12,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        // Sticky scroll rebuilds an outline of the whole document after every edit: hundreds of
        // milliseconds on a large definition, for headers the properties panel already gives.
        stickyScroll: { enabled: false },
        ariaLabel: t('json.label'),
      });
      this.editor.onDidChangeModelContent(() => {
        if (!this.applying) this.emit(this.editor!.getValue());
      });
    } catch (error) {
      console.warn('monaco-editor could not load; using a plain text area', error);
      this.plain = true;
    }
  }

  override updated(changed: Map<string, unknown>): void {
    if (!changed.has('value') && !changed.has('plain')) return;
    if (this.editor) this.applyToEditor(this.value);
    const area = this.plain ? this.querySelector('textarea') : null;
    // Keep what the analyst typed when the model came from it.
    if (area && area.value !== this.value && area.value !== this.valueSource) {
      const { start, endCurrent, endNext } = changedRange(area.value, this.value);
      area.setRangeText(this.value.slice(start, endNext), start, endCurrent, 'preserve');
    }
  }

  /** Replaces only the changed middle of the text, keeping the cursor and monaco's undo. */
  private applyToEditor(next: string): void {
    const editor = this.editor!;
    const model = editor.getModel();
    if (!model) return;
    const current = model.getValue();
    if (current === next || current === this.valueSource) return;
    const { start, endCurrent, endNext } = changedRange(current, next);
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(endCurrent);
    this.applying = true;
    try {
      model.pushEditOperations(
        [],
        [
          {
            range: {
              startLineNumber: from.lineNumber,
              startColumn: from.column,
              endLineNumber: to.lineNumber,
              endColumn: to.column,
            },
            text: next.slice(start, endNext),
          },
        ],
        () => null,
      );
    } finally {
      this.applying = false;
    }
  }

  private emit(text: string): void {
    this.dispatchEvent(new CustomEvent('json-input', { detail: { text }, bubbles: true }));
  }

  override render() {
    if (this.plain) {
      return html`<textarea
        class="json-plain"
        aria-label=${t('json.label')}
        spellcheck="false"
        @input=${(e: Event) => this.emit((e.target as HTMLTextAreaElement).value)}
        style="width:100%;height:100%;box-sizing:border-box;font:12px ui-monospace,Menlo,monospace;border:1px solid #5b6472;"
      ></textarea>`;
    }
    return html`${this.loaded ? '' : html`<p role="status">${t('json.loading')}</p>`}
      <div class="monaco-host" style="width:100%;height:100%;min-height:200px"></div>`;
  }
}

/** The one range where two texts differ (common prefix and suffix left out). */
function changedRange(current: string, next: string) {
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (
    endCurrent > start &&
    endNext > start &&
    current.charCodeAt(endCurrent - 1) === next.charCodeAt(endNext - 1)
  ) {
    endCurrent--;
    endNext--;
  }
  return { start, endCurrent, endNext };
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-json-editor': HosoJsonEditor;
  }
}
