import { html, LitElement } from 'lit';
import { listProcedures } from './api.js';
import { errorMessage } from './error-message.js';
import { localize, t } from './messages.js';

/** The home page: the procedures published on the intake server, each a link to its form. */
export class PortalHome extends LitElement {
  static properties = {
    lang: {},
    procedures: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.lang = 'vi';
    this.procedures = undefined;
    this.error = undefined;
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    listProcedures().then(
      (list) => (this.procedures = list),
      (error) => (this.error = error),
    );
  }

  updated() {
    document.title = `${t(this.lang, 'proceduresTitle')} · ${t(this.lang, 'portalName')}`;
  }

  render() {
    const lang = this.lang;
    return html`
      <h1 tabindex="-1">${t(lang, 'proceduresTitle')}</h1>
      <p class="lead">${t(lang, 'proceduresIntro')}</p>
      ${
        this.error
          ? html`<div class="alert" role="alert">${errorMessage(this.error, lang)}</div>`
          : this.procedures === undefined
            ? html`<p role="status">${t(lang, 'loading')}</p>`
            : this.procedures.length === 0
              ? html`<p>${t(lang, 'noProcedures')}</p>`
              : html`<ul class="procedures">
                  ${this.procedures.map(
                    (p) =>
                      html`<li class="procedure-card">
                        <h2>
                          <a href="#/procedures/${encodeURIComponent(p.id)}"
                            >${localize(p.title, lang)}</a
                          >
                        </h2>
                        <dl class="facts">
                          <div>
                            <dt>${t(lang, 'procedureCode')}</dt>
                            <dd>${p.code}</dd>
                          </div>
                          <div>
                            <dt>${t(lang, 'serviceLevel')}</dt>
                            <dd>${serviceLevel(p.serviceLevel, lang)}</dd>
                          </div>
                          <div>
                            <dt>${t(lang, 'version')}</dt>
                            <dd>${p.version}</dd>
                          </div>
                        </dl>
                      </li>`,
                  )}
                </ul>`
      }
    `;
  }
}

export function serviceLevel(level, lang) {
  if (level === 'full') return t(lang, 'serviceLevelFull');
  if (level === 'partial') return t(lang, 'serviceLevelPartial');
  return level ?? '—';
}

customElements.define('portal-home', PortalHome);
