import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { FeeLine } from '@hoso/core/precompiled';
import { formContext, type FormContextValue } from '../../internal/context.js';
import { localize, msg, type Lang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared-styles.js';

const GROUPED = new Intl.NumberFormat('vi-VN');

/** An amount of money as citizens read it: `58.000 đồng`. */
export function formatMoney(amount: number, lang: Lang): string {
  return `${GROUPED.format(amount)} ${msg('money.unit', lang)}`;
}

/**
 * @summary The fees and charges of the procedure for the current answers, computed by the same
 * rules the server runs; a change of the total is announced politely. Reads the form state from
 * the surrounding `<hoso-procedure>` (`formContext`).
 * @status experimental
 * @csspart table - The table of fees.
 * @csspart total - The total row.
 * @cssproperty --hoso-fee-border-color - The rules between fee lines.
 */
@customElement('hoso-fee-summary')
export class HosoFeeSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: start;
        font-weight: 700;
        font-size: 1.125rem;
        margin-block-end: 0.5rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.5rem 0;
        border-block-end: 1px solid var(--hoso-fee-border-color, #b1b4b6);
      }
      td.amount,
      th.amount {
        text-align: end;
      }
      tfoot th,
      tfoot td {
        font-weight: 700;
      }
    `,
  ];

  /** The surrounding `<hoso-procedure>`'s form state (set through `formContext`). */
  @consume({ context: formContext, subscribe: true })
  @property({ attribute: false })
  context: FormContextValue | undefined;

  /** The announcement of the last change of the total (polite live region). */
  @state() private announcement = '';
  private lastTotal: number | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('context') || !this.context) return;
    const total = this.context.snapshot.result.fees.total;
    if (this.lastTotal !== undefined && total !== this.lastTotal)
      this.announcement = msg('fees.changed', this.context.lang, {
        total: formatMoney(total, this.context.lang),
      });
    this.lastTotal = total;
  }

  protected override render(): TemplateResult | typeof nothing {
    const context = this.context;
    if (!context || !(context.compiled.definition.fees ?? []).length) return nothing;
    const { lang } = context;
    const { lines, total } = context.snapshot.result.fees;
    return html`<table part="table">
        <caption>
          ${msg('fees.title', lang)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('fees.item', lang)}</th>
            <th scope="col" class="amount">${msg('fees.amount', lang)}</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map((line) => this.renderLine(line, lang))}
        </tbody>
        <tfoot>
          <tr part="total">
            <th scope="row">${msg('fees.total', lang)}</th>
            <td class="amount total">${formatMoney(total, lang)}</td>
          </tr>
        </tfoot>
      </table>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderLine(line: FeeLine, lang: Lang): TemplateResult {
    const kind = msg(line.kind === 'fee' ? 'fees.kind.fee' : 'fees.kind.charge', lang);
    return html`<tr>
      <th scope="row">${localize(line.title, lang)} <span class="hint">(${kind})</span></th>
      <td class="amount">${formatMoney(line.amount, lang)}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-fee-summary': HosoFeeSummary;
  }
}
