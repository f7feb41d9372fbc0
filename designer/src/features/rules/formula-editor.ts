import { evaluate } from '@hoso/core/precompiled';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../app/shared-styles.js';
import { LocaleController, localized, t } from '../i18n/locale.js';
import type { FieldChoice } from './fields.js';

let counter = 0;

/**
 * A computed value or a fee as a JSON Logic formula, with its live result on sample data
 * (evaluated by @hoso/core's own evaluator, the one the server uses).
 * Fires `rule-change` with `detail.rule` when the formula parses.
 */
@customElement('hoso-formula-editor')
export class HosoFormulaEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      output {
        display: block;
        font-family: ui-monospace, Menlo, monospace;
        background: #f1f3f6;
        border-radius: 4px;
        padding: 4px 6px;
        white-space: pre-wrap;
        word-break: break-word;
      }
    `,
  ];

  @property() label = '';
  @property({ attribute: false }) rule: unknown;
  @property({ attribute: false }) fields: FieldChoice[] = [];
  @state() private text = '';
  @state() private error = '';
  @state() private sampleText = '{}';
  private readonly uid = `fe${++counter}`;

  constructor() {
    super();
    new LocaleController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('rule')) {
      let same = false;
      try {
        same = JSON.stringify(JSON.parse(this.text)) === JSON.stringify(this.rule);
      } catch {
        same = false;
      }
      if (!same) this.text = this.rule === undefined ? '' : JSON.stringify(this.rule);
      this.error = '';
    }
  }

  private result(): { ok: boolean; text: string } {
    let sample: unknown;
    try {
      sample = JSON.parse(this.sampleText || '{}');
    } catch (error) {
      return { ok: false, text: String(error instanceof Error ? error.message : error) };
    }
    try {
      return { ok: true, text: JSON.stringify(evaluate(this.rule ?? null, sample)) };
    } catch (error) {
      return { ok: false, text: error instanceof Error ? error.message : String(error) };
    }
  }

  override render() {
    const result = this.result();
    const id = this.uid;
    return html`<fieldset>
      <legend>${this.label}</legend>
      <label class="field" for=${`${id}-rule`}><span>${t('formula.rule')}</span></label>
      <textarea
        id=${`${id}-rule`}
        rows="3"
        spellcheck="false"
        .value=${this.text}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${`${id}-error`}
        @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
        @change=${this.commit}
      ></textarea>
      <div id=${`${id}-error`} class="error" role="status">
        ${this.error ? t('rule.invalidJson', { error: this.error }) : ''}
      </div>
      ${
        this.fields.length
          ? html`<label class="row"
              >${t('formula.insertField')}
              <select @change=${this.insertField}>
                <option value="">—</option>
                ${this.fields.map(
                  (f) =>
                    html`<option value=${f.path}>
                      ${localized(f.label) || f.path} (${f.path})
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <label class="field" for=${`${id}-sample`}><span>${t('formula.sample')}</span></label>
      <textarea
        id=${`${id}-sample`}
        rows="3"
        spellcheck="false"
        .value=${this.sampleText}
        @input=${(e: Event) => (this.sampleText = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <span class="label" id=${`${id}-result-label`}>${t('formula.result')}</span>
      <output aria-labelledby=${`${id}-result-label`} class=${result.ok ? '' : 'error'}>
        ${result.ok ? result.text : t('formula.error', { error: result.text })}
      </output>
    </fieldset>`;
  }

  private insertField = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    if (!select.value) return;
    const snippet = JSON.stringify({ var: select.value });
    this.text = this.text.trim() === '' || this.text.trim() === '0' ? snippet : this.text + snippet;
    select.value = '';
    this.commit();
  };

  private commit = (): void => {
    try {
      const rule = JSON.parse(this.text) as unknown;
      this.error = '';
      this.dispatchEvent(
        new CustomEvent('rule-change', { detail: { rule }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-formula-editor': HosoFormulaEditor;
  }
}
