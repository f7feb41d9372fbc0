import { html, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../internal/i18n.js';
import type { LoadFailure } from '../load-procedure.js';

/** What shows before the wizard can start: loading, or that no definition was given. */
export function renderLoadState(busy: boolean, lang: Lang): TemplateResult {
  return busy
    ? html`<p role="status">${msg('load.loading', lang)}</p>`
    : html`<p role="alert">${msg('definition.missing', lang)}</p>`;
}

/** The panel shown when the definition, its validator or the checker cannot be loaded. */
export function renderLoadFailure(failure: LoadFailure, lang: Lang): TemplateResult {
  const reason = failure.params['reason'];
  const params = {
    ...failure.params,
    ...(reason === 'network' ? { reason: msg('load.network', lang) } : {}),
    ...(reason === 'not-json' ? { reason: msg('load.not-json', lang) } : {}),
  };
  return html`<div class="load-error" part="load-error" role="alert">
    <h2>${msg('load.title', lang)}</h2>
    <p>${msg(failure.id, lang, params)}</p>
  </div>`;
}
