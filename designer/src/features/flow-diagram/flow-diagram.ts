import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController, localized, t } from '../i18n/locale.js';
import type { MessageId } from '../i18n/catalog.js';
import { NODE_HEIGHT, NODE_WIDTH, layoutFlow } from './layout.js';

/**
 * The back-office flow as an SVG diagram (own layered layout), redrawn on every edit.
 * Stages are focusable: Enter or a click selects the stage in the editor (`stage-select`).
 */
@customElement('hoso-flow-diagram')
export class HosoFlowDiagram extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow: auto;
      border: 1px solid #c8ccd2;
      border-radius: 6px;
      background: #fbfcfd;
    }
    .node rect {
      fill: #fff;
      stroke: #3a5a8c;
      stroke-width: 1.5;
    }
    .node.end rect {
      stroke-width: 3;
    }
    .node.unreachable rect {
      stroke: #b3261e;
      stroke-dasharray: 4 3;
    }
    .node.selected rect {
      fill: #e4ecf8;
    }
    .node:focus {
      outline: none;
    }
    .node:focus rect {
      stroke: #0b57d0;
      stroke-width: 3;
    }
    text {
      font:
        12px system-ui,
        sans-serif;
      fill: #1d1f23;
    }
    .title {
      font-weight: 600;
    }
    .edge {
      fill: none;
      stroke: #5b6472;
      stroke-width: 1.4;
    }
    .edge.back {
      stroke-dasharray: 5 3;
    }
    .label {
      font-size: 11px;
      fill: #3d434d;
    }
  `;

  @property({ attribute: false }) stages: unknown = [];
  @property({ attribute: false }) start: unknown = '';
  @property({ attribute: false }) selected: string | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const layout = layoutFlow(this.stages, this.start);
    const startTitle = layout.nodes.find((n) => n.key === this.start);
    const description = t('flow.diagramDesc', {
      stages: layout.nodes.length,
      start: startTitle ? localized(startTitle.stage.title) || startTitle.key : '—',
    });
    return html`<svg
      role="group"
      aria-label=${`${t('flow.diagram')}. ${description}`}
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
    >
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#5b6472"></path>
        </marker>
      </defs>
      ${layout.edges.map(
        (e) =>
          svg`<path class="edge ${e.back ? 'back' : ''}" d=${e.path} marker-end="url(#arrow)"></path>
          <text class="label" x=${e.labelX} y=${e.labelY} text-anchor="middle">${actionName(e.action)}</text>`,
      )}
      ${layout.nodes.map((n) => {
        const title = localized(n.stage.title) || n.key;
        const meta = [
          typeof n.stage.role === 'string' ? n.stage.role : '',
          typeof n.stage.durationDays === 'number' ? `${n.stage.durationDays}d` : '',
          typeof n.stage.outcome === 'string' ? `■ ${n.stage.outcome}` : '',
        ]
          .filter(Boolean)
          .join(' · ');
        const classes = [
          'node',
          n.stage.outcome ? 'end' : '',
          n.reachable ? '' : 'unreachable',
          this.selected === n.key ? 'selected' : '',
        ].join(' ');
        return svg`<g class=${classes} data-stage=${n.key} tabindex="0" role="button"
          @click=${() => this.select(n.index)}
          @keydown=${(ev: KeyboardEvent) => {
            if (ev.key === 'Enter' || ev.key === ' ') {
              ev.preventDefault();
              this.select(n.index);
            }
          }}>
          <rect x=${n.x} y=${n.y} width=${NODE_WIDTH} height=${NODE_HEIGHT} rx="8"></rect>
          <text class="title" x=${n.x + 10} y=${n.y + 24}>${clip(title, 24)}</text>
          <text x=${n.x + 10} y=${n.y + 44}>${clip(meta, 28)}</text>
        </g>`;
      })}
    </svg>`;
  }

  private select(index: number): void {
    this.dispatchEvent(
      new CustomEvent('stage-select', { detail: { index }, bubbles: true, composed: true }),
    );
  }
}

function clip(text: string, length: number): string {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

function actionName(action: string): string {
  const id = `action.${action}` as MessageId;
  try {
    return t(id);
  } catch {
    return action;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-flow-diagram': HosoFlowDiagram;
  }
}
