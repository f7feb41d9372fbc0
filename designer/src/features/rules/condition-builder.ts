import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../app/shared-styles.js';
import type { MessageId } from '../i18n/catalog.js';
import { LocaleController, localized, t } from '../i18n/locale.js';
import {
  OPERATORS,
  fromLogic,
  toLogic,
  type Clause,
  type Condition,
  type Operator,
  type Scalar,
} from './condition-model.js';
import type { FieldChoice } from './fields.js';

let counter = 0;

/**
 * "When [field] [is / is not / is one of / is empty / >] [value]", combined with all / any,
 * written as JSON Logic. A rule the builder cannot show exactly is edited as raw JSON.
 * Fires `rule-change` with `detail.rule` (undefined: no condition).
 */
@customElement('hoso-condition-builder')
export class HosoConditionBuilder extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .clause {
        display: grid;
        grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr) auto;
        gap: 4px;
        align-items: center;
        margin: 4px 0;
      }
      .clause select,
      .clause input {
        width: 100%;
        min-width: 0;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 8px;
      }
      .choices label {
        display: inline-flex;
        gap: 3px;
        align-items: center;
        font-weight: normal;
      }
    `,
  ];

  /** The legend: what the condition decides. */
  @property() label = '';
  @property({ attribute: false }) rule: unknown;
  @property({ attribute: false }) fields: FieldChoice[] = [];
  @state() private raw = false;
  @state() private rawText = '';
  @state() private rawError = '';
  private readonly uid = `cb${++counter}`;

  constructor() {
    super();
    new LocaleController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('rule')) {
      const text = this.rule === undefined ? '' : JSON.stringify(this.rule, null, 1);
      if (!this.raw || !sameJson(this.rawText, this.rule)) this.rawText = text;
      this.rawError = '';
    }
  }

  override render() {
    const condition = this.rule === undefined ? undefined : fromLogic(this.rule);
    const showRaw = this.raw || (this.rule !== undefined && condition === undefined);
    return html`<fieldset>
      <legend>${this.label}</legend>
      ${
        this.rule === undefined && !this.raw
          ? html`<p class="hint">${t('rule.none')}</p>
              <div class="row">
                <button type="button" @click=${this.addFirst}>${t('rule.add')}</button>
                <button type="button" @click=${() => (this.raw = true)}>${t('rule.raw')}</button>
              </div>`
          : showRaw
            ? this.renderRaw(condition !== undefined)
            : this.renderVisual(condition!)
      }
    </fieldset>`;
  }

  private renderVisual(condition: Condition) {
    return html`${
        condition.clauses.length > 1
          ? html`<label class="row"
              >${t('rule.when')}
              <select
                aria-label=${t('rule.combinator')}
                @change=${(e: Event) =>
                  this.emit({
                    ...condition,
                    combinator: (e.target as HTMLSelectElement).value as 'all' | 'any',
                  })}
              >
                <option value="all" ?selected=${condition.combinator === 'all'}>
                  ${t('rule.all')}
                </option>
                <option value="any" ?selected=${condition.combinator === 'any'}>
                  ${t('rule.any')}
                </option>
              </select></label
            >`
          : html`<span class="label">${t('rule.when')}</span>`
      }
      ${condition.clauses.map((clause, i) => this.renderClause(condition, clause, i))}
      <div class="row">
        <button type="button" @click=${() => this.addClause(condition)}>
          ${t('rule.addClause')}
        </button>
        <button type="button" @click=${() => this.emit(undefined)}>${t('rule.clear')}</button>
        <button type="button" @click=${() => (this.raw = true)}>${t('rule.raw')}</button>
      </div>`;
  }

  private renderClause(condition: Condition, clause: Clause, index: number) {
    const field = this.fields.find((f) => f.path === clause.field);
    const update = (patch: Partial<Clause>) => {
      const clauses = condition.clauses.slice();
      const next = { ...clause, ...patch };
      if (next.op === 'empty' || next.op === 'notEmpty') delete next.value;
      else if (next.op === 'in' && !Array.isArray(next.value))
        next.value = next.value === undefined || next.value === null ? [] : [next.value];
      else if (next.op !== 'in' && Array.isArray(next.value)) next.value = next.value[0] ?? '';
      else if (next.value === undefined) next.value = defaultValue(field);
      clauses[index] = next;
      this.emit({ ...condition, clauses });
    };
    const n = index + 1;
    return html`<div class="clause" data-clause=${index}>
      <select
        aria-label=${`${t('rule.field')} ${n}`}
        @change=${(e: Event) => {
          const path = (e.target as HTMLSelectElement).value;
          const next = this.fields.find((f) => f.path === path);
          update({ field: path, value: clause.op === 'in' ? [] : defaultValue(next) });
        }}
      >
        ${field ? nothing : html`<option selected value=${clause.field}>${clause.field}</option>`}
        ${this.fields.map(
          (f) =>
            html`<option value=${f.path} ?selected=${f.path === clause.field}>
              ${localized(f.label) || f.path} (${f.path})
            </option>`,
        )}
      </select>
      <select
        aria-label=${`${t('rule.operator')} ${n}`}
        @change=${(e: Event) => update({ op: (e.target as HTMLSelectElement).value as Operator })}
      >
        ${OPERATORS.map(
          (op) =>
            html`<option value=${op} ?selected=${op === clause.op}>
              ${t(`rule.op.${op}` as MessageId)}
            </option>`,
        )}
      </select>
      ${this.renderValue(clause, field, n, (value) => update({ value }))}
      <button
        type="button"
        class="icon"
        aria-label=${t('rule.removeClause', { n })}
        @click=${() =>
          this.emit({ ...condition, clauses: condition.clauses.filter((_, i) => i !== index) })}
      >
        ✕
      </button>
    </div>`;
  }

  private renderValue(
    clause: Clause,
    field: FieldChoice | undefined,
    n: number,
    set: (value: Scalar | Scalar[]) => void,
  ) {
    const label = `${t('rule.value')} ${n}`;
    if (clause.op === 'empty' || clause.op === 'notEmpty') return html`<span></span>`;
    if (clause.op === 'in') {
      const values = Array.isArray(clause.value) ? clause.value : [];
      if (field?.options) {
        return html`<div class="choices" role="group" aria-label=${label}>
          ${field.options.map(
            (o) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${values.includes(o.value)}
                  @change=${(e: Event) =>
                    set(
                      (e.target as HTMLInputElement).checked
                        ? [...values, o.value]
                        : values.filter((v) => v !== o.value),
                    )}
                />${localized(o.label) || o.value}</label
              >`,
          )}
        </div>`;
      }
      return html`<input
        aria-label=${label}
        title=${t('rule.inHint')}
        .value=${values.join(', ')}
        @change=${(e: Event) =>
          set(
            (e.target as HTMLInputElement).value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
              .map((s) => coerce(s, field)),
          )}
      />`;
    }
    const value = Array.isArray(clause.value) ? clause.value[0] : clause.value;
    if (field?.options) {
      return html`<select
        aria-label=${label}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
      >
        ${
          field.options.some((o) => o.value === value)
            ? nothing
            : html`<option selected value=${String(value ?? '')}>${String(value ?? '')}</option>`
        }
        ${field.options.map(
          (o) =>
            html`<option value=${o.value} ?selected=${o.value === value}>
              ${localized(o.label) || o.value}
            </option>`,
        )}
      </select>`;
    }
    if (field?.type === 'checkbox') {
      return html`<select
        aria-label=${label}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value === 'true')}
      >
        <option value="true" ?selected=${value === true}>${t('common.yes')}</option>
        <option value="false" ?selected=${value === false}>${t('common.no')}</option>
      </select>`;
    }
    const numeric = isNumeric(field);
    return html`<input
      aria-label=${label}
      type=${numeric ? 'number' : field?.type === 'date' ? 'date' : 'text'}
      .value=${value === null || value === undefined ? '' : String(value)}
      @change=${(e: Event) => set(coerce((e.target as HTMLInputElement).value, field))}
    />`;
  }

  private renderRaw(canShowVisually: boolean) {
    const id = `${this.uid}-raw`;
    return html`${canShowVisually ? nothing : html`<p class="hint">${t('rule.rawNotice')}</p>`}
      <label class="visually-hidden" for=${id}>${this.label} (JSON Logic)</label>
      <textarea
        id=${id}
        rows="4"
        spellcheck="false"
        .value=${this.rawText}
        aria-invalid=${this.rawError ? 'true' : 'false'}
        aria-describedby=${`${id}-error`}
        @input=${(e: Event) => (this.rawText = (e.target as HTMLTextAreaElement).value)}
        @change=${this.commitRaw}
      ></textarea>
      <div id=${`${id}-error`} class="error" role="status">
        ${this.rawError ? t('rule.invalidJson', { error: this.rawError }) : ''}
      </div>
      <div class="row">
        ${
          canShowVisually || this.rule === undefined
            ? html`<button type="button" @click=${() => (this.raw = false)}>
                ${t('rule.visual')}
              </button>`
            : nothing
        }
        <button type="button" @click=${() => this.emit(undefined)}>${t('rule.clear')}</button>
      </div>`;
  }

  private commitRaw = (): void => {
    const text = this.rawText.trim();
    if (text === '') {
      this.emit(undefined);
      return;
    }
    try {
      const rule = JSON.parse(text) as unknown;
      this.rawError = '';
      this.emitRule(rule);
    } catch (error) {
      this.rawError = error instanceof Error ? error.message : String(error);
    }
  };

  private addFirst = (): void => {
    const field = this.fields[0];
    this.emit({
      combinator: 'all',
      clauses: [{ field: field?.path ?? '', op: '==', value: defaultValue(field) }],
    });
  };

  private addClause(condition: Condition): void {
    const field = this.fields[0];
    this.emit({
      ...condition,
      clauses: [
        ...condition.clauses,
        { field: field?.path ?? '', op: '==', value: defaultValue(field) },
      ],
    });
  }

  private emit(condition: Condition | undefined): void {
    this.emitRule(condition === undefined ? undefined : toLogic(condition));
  }

  private emitRule(rule: unknown): void {
    this.dispatchEvent(
      new CustomEvent('rule-change', { detail: { rule }, bubbles: true, composed: true }),
    );
  }
}

function isNumeric(field: FieldChoice | undefined): boolean {
  return ['number', 'integer', 'money'].includes(field?.type ?? '');
}

function coerce(text: string, field: FieldChoice | undefined): Scalar {
  if (isNumeric(field) && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

function defaultValue(field: FieldChoice | undefined): Scalar {
  if (field?.options?.[0]) return field.options[0].value;
  if (field?.type === 'checkbox') return true;
  if (isNumeric(field)) return 0;
  return '';
}

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-condition-builder': HosoConditionBuilder;
  }
}
