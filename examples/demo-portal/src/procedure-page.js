import { html, LitElement, nothing } from 'lit';
import { HosoProcedure } from '@hoso/elements';
import { getDefinition, procedureUrl } from './api.js';
import { errorMessage } from './error-message.js';
import { serviceLevel } from './home-page.js';
import { localize, t } from './messages.js';

// The wizard registers itself when its module runs; naming the class keeps the bundler from
// dropping that module as unused.
if (!customElements.get('hoso-procedure')) customElements.define('hoso-procedure', HosoProcedure);

/**
 * One procedure: what it is (code, agency, processing time), then `<hoso-procedure>`, which
 * loads the definition and its validator from the intake server, and posts the dossier there.
 */
export class PortalProcedure extends LitElement {
  static properties = {
    lang: {},
    procedureId: {},
    definition: { state: true },
    error: { state: true },
    submitted: { state: true },
  };

  constructor() {
    super();
    this.lang = 'vi';
    this.procedureId = '';
    this.definition = undefined;
    this.error = undefined;
    /** `{ code, secret }` once the intake server has received the dossier. */
    this.submitted = undefined;
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('procedureId')) {
      this.definition = undefined;
      this.error = undefined;
      this.submitted = undefined;
      getDefinition(this.procedureId).then(
        (definition) => (this.definition = definition),
        (error) => (this.error = error),
      );
    }
  }

  updated() {
    const title = this.definition ? localize(this.definition.title, this.lang) : '';
    document.title = `${title ? `${title} · ` : ''}${t(this.lang, 'portalName')}`;
  }

  onSubmitted(event) {
    const { receipt, secret } = event.detail;
    this.submitted = { code: receipt.code, secret };
  }

  render() {
    const lang = this.lang;
    const back = html`<p><a href="#/">${t(lang, 'backToProcedures')}</a></p>`;
    if (this.error) {
      return html`${back}
        <h1 tabindex="-1">${t(lang, 'errorTitle')}</h1>
        <div class="alert" role="alert">${errorMessage(this.error, lang)}</div>`;
    }
    const d = this.definition;
    if (!d)
      return html`${back}
        <p role="status">${t(lang, 'loading')}</p>`;
    const src = procedureUrl(this.procedureId);
    return html`
      ${back}
      <h1 tabindex="-1">${localize(d.title, lang)}</h1>
      <dl class="facts">
        <div>
          <dt>${t(lang, 'procedureCode')}</dt>
          <dd>${d.code}</dd>
        </div>
        <div>
          <dt>${t(lang, 'agency')}</dt>
          <dd>${localize(d.agency?.name, lang)}</dd>
        </div>
        <div>
          <dt>${t(lang, 'processingTime')}</dt>
          <dd>${t(lang, 'workingDays', d.processingTime?.workingDays ?? 0)}</dd>
        </div>
        <div>
          <dt>${t(lang, 'serviceLevel')}</dt>
          <dd>${serviceLevel(d.serviceLevel, lang)}</dd>
        </div>
      </dl>
      <hoso-procedure
        src=${src}
        action="${src}/dossiers"
        lang=${lang}
        @hoso-submitted=${this.onSubmitted}
      ></hoso-procedure>
      <div class="next-steps" role="status">
        ${
          this.submitted
            ? html`<p>${t(lang, 'submittedNotice')}</p>
                <p>
                  <a href="#/track?code=${encodeURIComponent(this.submitted.code)}"
                    >${t(lang, 'trackThisDossier')}</a
                  >
                </p>`
            : nothing
        }
      </div>
    `;
  }
}

customElements.define('portal-procedure', PortalProcedure);
