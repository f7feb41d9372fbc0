import type { Problem } from '@hoso/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, t } from '../i18n/locale.js';

/** Problems of the definition (from `checkDefinition`), each a button that selects its place. */
export function renderProblems(
  problems: readonly Problem[],
  jsonError: string | undefined,
  open: (problem: Problem) => void,
): TemplateResult {
  const locale = getLocale();
  const count = problems.length + (jsonError ? 1 : 0);
  return html`<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">
      ${t('problems.title')}
      <span class="count ${count ? 'has' : ''}">(${t('problems.count', { count })})</span>
    </h2>
    ${count === 0 ? html`<p class="ok">${t('problems.none')}</p>` : nothing}
    <ul>
      ${
        jsonError
          ? html`<li class="problem json">${t('problems.invalidJson', { error: jsonError })}</li>`
          : nothing
      }
      ${problems.map(
        (p) =>
          html`<li class="problem">
            <button type="button" class="link" data-pointer=${p.pointer} @click=${() => open(p)}>
              <span class="message">${locale === 'vi' ? p.message.vi : p.message.en}</span>
              <code>${p.pointer || '/'}</code>
              <span class="code">${p.code}</span>
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}
