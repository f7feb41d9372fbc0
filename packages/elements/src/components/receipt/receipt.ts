import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, toLang, type Lang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { formatMoney } from '../fee-summary/fee-summary.js';

/** What the intake server returns for a received dossier (`POST …/dossiers`, 201 or 200). */
export interface DossierReceipt {
  code: string;
  procedure: { id: string; version: string };
  stage?: string;
  receivedOn: string;
  dueOn: string;
  documents?: { key: string; name: string }[];
  fees?: { total: number };
}

/** An ISO date (`2026-11-23`) as Vietnamese write it (`23/11/2026`). */
function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return d && m && y ? `${d}/${m}/${y}` : iso;
}

/**
 * @summary The receipt of a submitted dossier: its code, when it was received, when the result
 * is due and how to track it. Its heading takes focus when shown.
 * @status experimental
 * @csspart panel - The highlighted panel with the dossier code.
 * @cssproperty --hoso-receipt-background - Background of the code panel.
 * @cssproperty --hoso-receipt-color - Text colour of the code panel.
 */
@customElement('hoso-receipt')
export class HosoReceipt extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .panel {
        background: var(--hoso-receipt-background, #00703c);
        color: var(--hoso-receipt-color, #fff);
        padding: 1.5rem;
        text-align: center;
        margin-block-end: 1.5rem;
      }
      .panel h2 {
        margin: 0 0 1rem;
      }
      .code {
        font-size: 1.5rem;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem 1rem;
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The intake server's receipt for the dossier. */
  @property({ attribute: false }) receipt: DossierReceipt | undefined;
  /** The secret the citizen tracks the dossier with (returned once, when it is created). */
  @property({ attribute: false }) secret: string | undefined;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Moves focus to the receipt's heading (after a submission). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  protected override render(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    const lang = this.language;
    return html`<div class="panel" part="panel">
        <h2 tabindex="-1">${msg('receipt.title', lang)}</h2>
        <p>${msg('receipt.code', lang)}<br /><span class="code">${receipt.code}</span></p>
      </div>
      <dl>
        <dt>${msg('receipt.received', lang)}</dt>
        <dd>${dayMonthYear(receipt.receivedOn)}</dd>
        <dt>${msg('receipt.due', lang)}</dt>
        <dd>${dayMonthYear(receipt.dueOn)}</dd>
        ${
          receipt.fees
            ? html`<dt>${msg('fees.total', lang)}</dt>
                <dd>${formatMoney(receipt.fees.total, lang)}</dd>`
            : nothing
        }
        ${
          receipt.documents
            ? html`<dt>${msg('receipt.documents', lang)}</dt>
                <dd>${receipt.documents.length}</dd>`
            : nothing
        }
        ${
          this.secret
            ? html`<dt>${msg('receipt.secret', lang)}</dt>
                <dd><code>${this.secret}</code></dd>`
            : nothing
        }
      </dl>
      <p>${msg(this.secret ? 'receipt.track.secret' : 'receipt.track.id', lang)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-receipt': HosoReceipt;
  }
}
