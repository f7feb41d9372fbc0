import { html, LitElement, nothing } from 'lit';
import { getDefinition, trackDossier } from './api.js';
import { errorMessage } from './error-message.js';
import { dateTime, dayMonthYear, localize, t } from './messages.js';

/**
 * Tracking: the dossier code and the receipt's secret (or the applicant's ID number) give the
 * dossier's stage, due date and history, with the stage names of its definition.
 */
export class PortalTrack extends LitElement {
  static properties = {
    lang: {},
    initialCode: {},
    missing: { state: true },
    status: { state: true },
    flow: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.lang = 'vi';
    this.initialCode = '';
    /** The fields left empty at the last attempt: `code`, `proof`. */
    this.missing = [];
    this.status = undefined;
    this.flow = undefined;
    this.error = undefined;
    this.busy = false;
  }

  createRenderRoot() {
    return this;
  }

  updated() {
    document.title = `${t(this.lang, 'trackTitle')} · ${t(this.lang, 'portalName')}`;
  }

  async onSubmit(event) {
    event.preventDefault();
    const form = event.target;
    const code = form.elements.code.value.trim();
    const proof = form.elements.proof.value.trim();
    this.missing = [...(code ? [] : ['code']), ...(proof ? [] : ['proof'])];
    this.status = undefined;
    this.error = undefined;
    if (this.missing.length > 0) {
      await this.updateComplete;
      this.querySelector('.error-summary')?.focus();
      return;
    }
    this.busy = true;
    try {
      const status = await trackDossier(code, proof);
      this.flow = await getDefinition(status.procedure.id, status.procedure.version).then(
        (d) => d.flow,
        () => undefined,
      );
      this.status = status;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector(this.status ? '.dossier-status h2' : '.alert')?.focus();
  }

  stageTitle(key) {
    const stage = this.flow?.stages?.find((s) => s.key === key);
    return stage ? localize(stage.title, this.lang) : key;
  }

  actionLabel(entry) {
    if (entry.action === 'submit') return t(this.lang, 'actionSubmit');
    const transition = this.flow?.stages
      ?.find((s) => s.key === entry.from)
      ?.transitions?.find((tr) => tr.action === entry.action && tr.to === entry.to);
    return transition?.label ? localize(transition.label, this.lang) : entry.action;
  }

  render() {
    const lang = this.lang;
    const labels = { code: t(lang, 'dossierCode'), proof: t(lang, 'proof') };
    const invalid = (name) => (this.missing.includes(name) ? 'true' : nothing);
    return html`
      <h1 tabindex="-1">${t(lang, 'trackTitle')}</h1>
      <p class="lead">${t(lang, 'trackIntro')}</p>
      ${
        this.missing.length > 0
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${t(lang, 'errorTitle')}</h2>
              <ul>
                ${this.missing.map(
                  (name) =>
                    html`<li>
                      <a href="#${name}" @click=${(e) => this.focusField(e, name)}
                        >${t(lang, 'fieldMissing', labels[name])}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <form class="track-form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="code">${labels.code}</label>
          <p class="hint" id="code-hint">${t(lang, 'dossierCodeHint')}</p>
          <input
            id="code"
            name="code"
            autocomplete="off"
            spellcheck="false"
            required
            aria-describedby="code-hint"
            aria-invalid=${invalid('code')}
            .value=${this.initialCode ?? ''}
          />
        </div>
        <div class="field">
          <label for="proof">${labels.proof}</label>
          <input
            id="proof"
            name="proof"
            autocomplete="off"
            spellcheck="false"
            required
            aria-invalid=${invalid('proof')}
          />
        </div>
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${t(lang, 'trackButton')}
        </button>
      </form>
      ${
        this.error
          ? html`<div class="alert" role="alert" tabindex="-1">
              ${errorMessage(this.error, lang)}
            </div>`
          : nothing
      }
      ${this.status ? this.renderStatus(this.status) : nothing}
    `;
  }

  focusField(event, name) {
    event.preventDefault();
    this.querySelector(`#${name}`)?.focus();
  }

  renderStatus(s) {
    const lang = this.lang;
    return html`<section class="dossier-status" aria-labelledby="status-heading">
      <h2 id="status-heading" tabindex="-1">
        ${t(lang, 'dossierCode')}: <span class="dossier-code">${s.code}</span>
      </h2>
      <dl class="facts">
        <div>
          <dt>${t(lang, 'stage')}</dt>
          <dd class="stage">${this.stageTitle(s.stage)}</dd>
        </div>
        <div>
          <dt>${t(lang, 'receivedOn')}</dt>
          <dd>${dayMonthYear(s.receivedOn)}</dd>
        </div>
        <div>
          <dt>${t(lang, 'dueOn')}</dt>
          <dd>${dayMonthYear(s.dueOn)}</dd>
        </div>
        ${
          s.pausedSince
            ? html`<div>
                <dt>${t(lang, 'pausedSince')}</dt>
                <dd>${dayMonthYear(s.pausedSince)}</dd>
              </div>`
            : nothing
        }
      </dl>
      <table class="history">
        <caption>
          ${t(lang, 'history')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'historyAt')}</th>
            <th scope="col">${t(lang, 'historyAction')}</th>
            <th scope="col">${t(lang, 'historyTo')}</th>
            <th scope="col">${t(lang, 'historyNote')}</th>
          </tr>
        </thead>
        <tbody>
          ${s.history.map(
            (h) =>
              html`<tr>
                <td>${dateTime(h.at, lang)}</td>
                <td>${this.actionLabel(h)}</td>
                <td>${this.stageTitle(h.to)}</td>
                <td>${h.note ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

customElements.define('portal-track', PortalTrack);
