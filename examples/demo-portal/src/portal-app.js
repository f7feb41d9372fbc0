import { html, LitElement, nothing } from 'lit';
import { t } from './messages.js';
import './home-page.js';
import './procedure-page.js';
import './track-page.js';

const LANG_KEY = 'hoso-demo-portal-lang';

/**
 * The portal's shell: header with the language switch, navigation, and the page the address
 * names (`#/`, `#/procedures/<id>`, `#/track?code=…`). Rendered in the light DOM so the page's
 * stylesheet and landmarks apply as on any portal.
 */
export class PortalApp extends LitElement {
  static properties = {
    lang: { state: true },
    route: { state: true },
  };

  constructor() {
    super();
    this.lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
    this.route = parseRoute(location.hash);
    this.onHashChange = () => {
      this.route = parseRoute(location.hash);
      // A new page: focus its heading, as a page load would put the reader at the top.
      this.updateComplete.then(() => this.querySelector('main h1')?.focus());
    };
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  willUpdate() {
    document.documentElement.lang = this.lang;
  }

  switchLanguage() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem(LANG_KEY, this.lang);
  }

  skipToContent(event) {
    // The address is the router's: move focus without changing it.
    event.preventDefault();
    this.querySelector('main')?.focus();
  }

  render() {
    const { lang, route } = this;
    const other = lang === 'vi' ? 'en' : 'vi';
    return html`
      <a class="skip-link" href="#main" @click=${this.skipToContent}>${t(lang, 'skipToContent')}</a>
      <header class="masthead">
        <div class="brand">
          <span class="emblem" aria-hidden="true"></span>
          <div>
            <p class="portal-name"><a href="#/">${t(lang, 'portalName')}</a></p>
            <p class="tagline">${t(lang, 'portalTagline')}</p>
          </div>
        </div>
        <button
          type="button"
          class="language"
          lang=${other}
          aria-label=${t(lang, 'switchLanguageLabel')}
          @click=${this.switchLanguage}
        >
          ${t(lang, 'switchLanguage')}
        </button>
      </header>
      <nav aria-label=${t(lang, 'navMain')}>
        <ul>
          <li>
            <a href="#/" aria-current=${route.page === 'home' ? 'page' : nothing}
              >${t(lang, 'navProcedures')}</a
            >
          </li>
          <li>
            <a href="#/track" aria-current=${route.page === 'track' ? 'page' : nothing}
              >${t(lang, 'navTrack')}</a
            >
          </li>
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.renderPage()}</main>
      <footer>
        <p>Hoso · ${t(lang, 'portalTagline')}</p>
      </footer>
    `;
  }

  renderPage() {
    const { lang, route } = this;
    switch (route.page) {
      case 'home':
        return html`<portal-home .lang=${lang}></portal-home>`;
      case 'procedure':
        return html`<portal-procedure .lang=${lang} .procedureId=${route.id}></portal-procedure>`;
      case 'track':
        return html`<portal-track .lang=${lang} .initialCode=${route.code}></portal-track>`;
      default:
        return html`<h1 tabindex="-1">${t(lang, 'notFoundTitle')}</h1>
          <p>${t(lang, 'notFoundText')}</p>
          <p><a href="#/">${t(lang, 'backToProcedures')}</a></p>`;
    }
  }
}

/** `#/procedures/<id>` → procedure page; `#/track?code=…` → tracking; `#/` → home. */
export function parseRoute(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'procedures' && parts.length === 2) return { page: 'procedure', id: parts[1] };
  if (parts[0] === 'track' && parts.length === 1)
    return { page: 'track', code: new URLSearchParams(query).get('code') ?? '' };
  return { page: 'not-found' };
}

customElements.define('portal-app', PortalApp);
