/**
 * The overlay's own page: every change of the province overlay, whether it applies, where its
 * values are (a button opens each), and why a change no longer applies.
 */
import type { OverlayProblem } from '@hoso/core/precompiled';
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, localized, t } from '../i18n/locale.js';
import { opLabel } from './overlay-marks.js';
import { inPlace, notApplied, type ChangeReport, type OverlaySession } from './overlay-session.js';

function problemList(problems: readonly OverlayProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const locale = getLocale();
  return html`<ul class="overlay-problems">
    ${problems.map(
      (p) =>
        html`<li class="problem" data-code=${p.code}>
          ${locale === 'vi' ? p.message.vi : p.message.en}
        </li>`,
    )}
  </ul>`;
}

const STATUS_TEXT = {
  'not-applied': 'overlay.notApplied',
  problem: 'overlay.causes',
  applied: 'overlay.applied',
  edited: 'overlay.edited',
} as const;

function status(
  session: OverlaySession,
  definition: unknown,
  change: ChangeReport,
): keyof typeof STATUS_TEXT {
  if (notApplied(change)) return 'not-applied';
  if (change.problems.length > 0) return 'problem';
  const entries = session.provenance.filter((e) => e.change === change.index);
  return entries.every((e) => inPlace(session, definition, e)) ? 'applied' : 'edited';
}

export function renderOverlayPanel(
  session: OverlaySession,
  definition: unknown,
  open: (pointer: string) => void,
): TemplateResult {
  const failed = session.changes.filter(notApplied).length;
  return html`<section class="overlay-panel" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">
      ${t('section.overlay')}: ${session.title ? localized(session.title) : session.name}
    </h2>
    <p>
      ${t('overlay.summary', {
        base: `${session.base.id}@${session.base.version}`,
        version: session.resolved.version,
        count: session.changes.length,
        failed,
      })}
    </p>
    ${
      session.general.length
        ? html`<h3>${t('overlay.general')}</h3>
            ${problemList(session.general)}`
        : nothing
    }
    <ol class="overlay-changes">
      ${session.changes.map((change) => {
        const state = status(session, definition, change);
        return html`<li class="card overlay-change ${state}" data-change=${change.index}>
          <h3>
            ${t('overlay.change', { n: change.index + 1 })}: ${opLabel(change.op)}
            ${localized(change.what)}
          </h3>
          <p><span class="badge status-${state}">${t(STATUS_TEXT[state])}</span></p>
          ${change.note ? html`<p class="hint">${localized(change.note)}</p>` : nothing}
          ${problemList(change.problems)}
          ${
            state === 'not-applied'
              ? nothing
              : html`<div class="row">
                  ${change.pointers.map(
                    (pointer) =>
                      html`<button
                        type="button"
                        class="link"
                        data-pointer=${pointer}
                        @click=${() => open(pointer)}
                      >
                        ${t('overlay.show')} <code>${pointer}</code>
                      </button>`,
                  )}
                </div>`
          }
        </li>`;
      })}
    </ol>
  </section>`;
}
