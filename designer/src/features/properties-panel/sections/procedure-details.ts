import { html, type TemplateResult } from 'lit';
import type { EditorContext } from '../../../app/context.js';
import { t } from '../../i18n/locale.js';
import { getAt } from '../../modeling/json-path.js';
import { itemActions, localizedEntry, numberEntry, selectEntry, textEntry } from '../entries.js';
import { overlayOrigin, procedureProvenance } from '../../overlay/overlay-marks.js';

const DELIVERY = ['counter', 'post', 'online'] as const;

/** Code, titles, agency, legal basis, service level, processing time, delivery options. */
export function renderProcedureDetails(ctx: EditorContext): TemplateResult {
  const legal = (getAt(ctx.definition, '/legalBasis') as unknown[] | undefined) ?? [];
  const delivery = (getAt(ctx.definition, '/delivery') as string[] | undefined) ?? [];
  return html`<section class="section-editor" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">${t('section.metadata')}</h2>
    ${overlayOrigin(ctx.overlay, ctx.definition, '', procedureProvenance(ctx.overlay, ctx.definition))}
    <div class="pair">
      ${textEntry(ctx, { label: t('meta.code'), pointer: '/code', required: true, name: 'code' })}
      ${textEntry(ctx, { label: t('meta.id'), pointer: '/id', required: true, name: 'id' })}
    </div>
    ${textEntry(ctx, { label: t('meta.version'), pointer: '/version', required: true })}
    ${localizedEntry(ctx, { label: t('meta.title'), pointer: '/title', required: true })}
    ${localizedEntry(ctx, { label: t('meta.description'), pointer: '/description', multiline: true })}
    ${localizedEntry(ctx, { label: t('meta.sector'), pointer: '/sector' })}
    <fieldset>
      <legend>${t('meta.agency')}</legend>
      ${localizedEntry(ctx, { label: t('meta.agencyName'), pointer: '/agency/name', required: true })}
      <div class="pair">
        ${selectEntry(ctx, {
          label: t('meta.agencyLevel'),
          pointer: '/agency/level',
          options: [
            ['ministry', t('meta.level.ministry')],
            ['province', t('meta.level.province')],
            ['commune', t('meta.level.commune')],
          ],
        })}
        ${textEntry(ctx, { label: t('meta.agencyCode'), pointer: '/agency/code' })}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t('meta.serviceLevel')}</legend>
      ${(['full', 'partial'] as const).map(
        (level) =>
          html`<label class="row"
            ><input
              type="radio"
              name="serviceLevel"
              .checked=${ctx.definition.serviceLevel === level}
              @change=${() => ctx.modeling.setProperty('/serviceLevel', level)}
            />${t(level === 'full' ? 'meta.level.full' : 'meta.level.partial')}</label
          >`,
      )}
    </fieldset>
    ${numberEntry(ctx, {
      label: t('meta.workingDays'),
      pointer: '/processingTime/workingDays',
      required: true,
      step: '0.5',
      min: 0,
    })}
    ${localizedEntry(ctx, {
      label: t('meta.processingNote'),
      pointer: '/processingTime/note',
      multiline: true,
    })}
    <fieldset>
      <legend>${t('meta.delivery')}</legend>
      ${DELIVERY.map(
        (method) =>
          html`<label class="row"
            ><input
              type="checkbox"
              .checked=${delivery.includes(method)}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = DELIVERY.filter((m) => (m === method ? on : delivery.includes(m)));
                ctx.modeling.setProperty('/delivery', next.length ? next : undefined);
              }}
            />${t(`delivery.${method}`)}</label
          >`,
      )}
    </fieldset>
    <fieldset>
      <legend>${t('meta.legalBasis')}</legend>
      ${legal.map(
        (_doc, i) =>
          html`<div class="card" data-item=${`/legalBasis/${i}`}>
            <div class="pair">
              ${textEntry(ctx, { label: t('meta.legalNumber'), pointer: `/legalBasis/${i}/number`, required: true })}
              ${textEntry(ctx, {
                label: t('meta.legalIssuedOn'),
                pointer: `/legalBasis/${i}/issuedOn`,
                inputType: 'date',
              })}
            </div>
            ${localizedEntry(ctx, {
              label: t('meta.legalTitle'),
              pointer: `/legalBasis/${i}/title`,
              required: true,
            })}
            ${textEntry(ctx, { label: 'URL', pointer: `/legalBasis/${i}/url`, inputType: 'url' })}
            ${itemActions(ctx, `/legalBasis/${i}`, legal.length, i, `${t('meta.legalBasis')} ${i + 1}`)}
          </div>`,
      )}
      <button
        type="button"
        @click=${() =>
          ctx.modeling.addItem('/legalBasis', { number: '', title: { vi: '', en: '' } })}
      >
        ${t('meta.legalAdd')}
      </button>
    </fieldset>
  </section>`;
}
