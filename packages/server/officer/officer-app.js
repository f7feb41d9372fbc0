// The officer page: the queue of dossiers at the officer's stages, and the moves each allows.
// Plain ES module + Lit, served by the intake server under a strict Content-Security-Policy.
import { LitElement, css, html, nothing } from 'lit';

const TEXT = {
  vi: {
    title: 'Hồ sơ cần xử lý',
    token: 'Mã truy cập của cán bộ',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    code: 'Mã hồ sơ',
    procedure: 'Thủ tục',
    stage: 'Giai đoạn',
    due: 'Hạn xử lý',
    actions: 'Thao tác',
    late: 'Quá hạn',
    paused: 'Chờ bổ sung',
    empty: 'Không có hồ sơ nào đang chờ bạn.',
    note: 'Lý do (bắt buộc)',
    refresh: 'Tải lại',
    moved: (code, stage) => `Đã chuyển hồ sơ ${code} sang "${stage}".`,
    language: 'English',
  },
  en: {
    title: 'Dossiers to process',
    token: 'Officer access token',
    signIn: 'Sign in',
    signOut: 'Sign out',
    code: 'Dossier code',
    procedure: 'Procedure',
    stage: 'Stage',
    due: 'Due',
    actions: 'Actions',
    late: 'Late',
    paused: 'Awaiting supplement',
    empty: 'No dossiers are waiting for you.',
    note: 'Reason (required)',
    refresh: 'Refresh',
    moved: (code, stage) => `Dossier ${code} moved to "${stage}".`,
    language: 'Tiếng Việt',
  },
};

const ACTIONS = {
  vi: {
    receive: 'Tiếp nhận',
    assign: 'Phân công',
    forward: 'Chuyển bước',
    'request-supplement': 'Yêu cầu bổ sung',
    supplement: 'Đã bổ sung',
    approve: 'Phê duyệt',
    reject: 'Từ chối',
    'return-result': 'Trả kết quả',
  },
  en: {
    receive: 'Receive',
    assign: 'Assign',
    forward: 'Forward',
    'request-supplement': 'Request supplement',
    supplement: 'Supplemented',
    approve: 'Approve',
    reject: 'Reject',
    'return-result': 'Return result',
  },
};

class HosoOfficerApp extends LitElement {
  static properties = {
    lang: { state: true },
    token: { state: true },
    queue: { state: true },
    status: { state: true },
    error: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
    }
    h1 {
      font-size: 1.5rem;
      margin: 0.5rem 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      background: #fff;
    }
    th,
    td {
      text-align: left;
      padding: 0.5rem;
      border-bottom: 1px solid #d0d7de;
      vertical-align: top;
    }
    button {
      font: inherit;
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
      margin: 0 0.25rem 0.25rem 0;
      border: 1px solid #0b5cad;
      border-radius: 0.25rem;
      background: #fff;
      color: #0b5cad;
      cursor: pointer;
    }
    button.primary {
      background: #0b5cad;
      color: #fff;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid #f2b01e;
      outline-offset: 2px;
    }
    input {
      font: inherit;
      padding: 0.4rem;
      min-width: 16rem;
    }
    .late {
      color: #b3261e;
      font-weight: 600;
    }
    .error {
      color: #b3261e;
    }
    @media (max-width: 40rem) {
      thead {
        display: none;
      }
      tr,
      td {
        display: block;
      }
    }
  `;

  constructor() {
    super();
    this.lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
    this.token = sessionStorage.getItem('hoso-officer-token') ?? '';
    this.queue = undefined;
    this.status = '';
    this.error = '';
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.token) this.load();
  }

  get t() {
    return TEXT[this.lang];
  }

  async api(path, init = {}) {
    const response = await fetch(path, {
      ...init,
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.message?.[this.lang] ?? response.statusText);
    return body;
  }

  async load() {
    try {
      this.error = '';
      this.queue = await this.api('/api/queue');
    } catch (error) {
      this.error = error.message;
      this.queue = undefined;
    }
  }

  async move(entry, transition) {
    let note;
    if (transition.requiresNote) {
      note = prompt(this.t.note);
      if (!note) return;
    }
    try {
      const result = await this.api(`/api/dossiers/${encodeURIComponent(entry.code)}/transitions`, {
        method: 'POST',
        body: JSON.stringify({
          action: transition.action,
          to: transition.to,
          revision: entry.revision,
          note,
        }),
      });
      this.status = this.t.moved(entry.code, result.stage);
    } catch (error) {
      this.status = error.message;
    }
    await this.load();
  }

  signIn(event) {
    event.preventDefault();
    this.token = new FormData(event.target).get('token')?.toString().trim() ?? '';
    sessionStorage.setItem('hoso-officer-token', this.token);
    this.load();
  }

  signOut() {
    sessionStorage.removeItem('hoso-officer-token');
    this.token = '';
    this.queue = undefined;
  }

  toggleLanguage() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = this.lang;
  }

  render() {
    const t = this.t;
    return html`
      <header>
        <h1>${t.title}</h1>
        <div>
          <button @click=${this.toggleLanguage} lang=${this.lang === 'vi' ? 'en' : 'vi'}>
            ${t.language}
          </button>
          ${this.token ? html`<button @click=${this.signOut}>${t.signOut}</button>` : nothing}
        </div>
      </header>
      <p role="status" aria-live="polite">${this.status}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.token && this.queue ? this.renderQueue() : this.renderSignIn()}
    `;
  }

  renderSignIn() {
    return html`
      <form @submit=${this.signIn}>
        <label for="token">${this.t.token}</label><br />
        <input id="token" name="token" type="password" autocomplete="current-password" required />
        <button class="primary">${this.t.signIn}</button>
      </form>
    `;
  }

  renderQueue() {
    const t = this.t;
    if (this.queue.length === 0)
      return html`<p>${t.empty}</p>
        <button @click=${this.load}>${t.refresh}</button>`;
    return html`
      <button @click=${this.load}>${t.refresh}</button>
      <table>
        <thead>
          <tr>
            <th>${t.code}</th>
            <th>${t.procedure}</th>
            <th>${t.stage}</th>
            <th>${t.due}</th>
            <th>${t.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${this.queue.map(
            (entry) =>
              html`<tr>
                <td>${entry.code}</td>
                <td>${text(entry.procedureTitle, this.lang)} <small>(${entry.version})</small></td>
                <td>
                  ${text(entry.stageTitle, this.lang) || entry.stage}${entry.paused ? html` · ${t.paused}` : nothing}
                </td>
                <td class=${entry.late ? 'late' : ''}>
                  ${formatDate(entry.dueOn)}${entry.late ? html` · ${t.late}` : nothing}
                </td>
                <td>
                  ${entry.actions.map(
                    (a) =>
                      html`<button @click=${() => this.move(entry, a)}>
                        ${a.label?.[this.lang] ?? a.label?.vi ?? ACTIONS[this.lang][a.action] ?? a.action}
                      </button>`,
                  )}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

function text(localized, lang) {
  return localized ? (localized[lang] ?? localized.vi) : '';
}

function formatDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

customElements.define('hoso-officer-app', HosoOfficerApp);
