import { html, type TemplateResult } from 'lit';
import type { EditorContext } from '../../../app/context.js';
import { localized, t } from '../../i18n/locale.js';
import { getAt } from '../../modeling/json-path.js';
import { freshKey } from '../../modeling/keys.js';
import {
  booleanEntry,
  conditionEntry,
  itemActions,
  localizedEntry,
  numberEntry,
  selectEntry,
  textEntry,
} from '../entries.js';
import { overlayOrigin } from '../../overlay/overlay-marks.js';

const FORMS = ['original', 'certified-copy', 'copy', 'electronic'] as const;

/** Required documents: types, sizes, always or conditionally required. */
export function renderDocuments(ctx: EditorContext): TemplateResult {
  const docs = (getAt(ctx.definition, '/documents') as Record<string, unknown>[] | undefined) ?? [];
  return html`<section class="section-editor" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">${t('section.documents')}</h2>
    ${docs.length === 0 ? html`<p class="hint">${t('doc.none')}</p>` : ''}
    ${docs.map((doc, i) => {
      const p = `/documents/${i}`;
      const name = localized(doc.title) || String(doc.key ?? i + 1);
      return html`<article
        class="card ${ctx.selection.item === p ? 'selected' : ''}"
        data-item=${p}
        aria-label=${name}
      >
        <h3>${i + 1}. ${name}</h3>
        ${overlayOrigin(ctx.overlay, ctx.definition, p)}
        <div class="pair">
          ${textEntry(ctx, { label: t('props.key'), pointer: `${p}/key`, required: true })}
          ${selectEntry(ctx, {
            label: t('doc.form'),
            pointer: `${p}/form`,
            options: FORMS.map((f) => [f, t(`doc.form.${f}`)]),
          })}
        </div>
        ${localizedEntry(ctx, { label: t('doc.title'), pointer: `${p}/title`, required: true })}
        ${localizedEntry(ctx, { label: t('prop.hint'), pointer: `${p}/hint` })}
        <div class="pair">
          ${numberEntry(ctx, { label: t('doc.copies'), pointer: `${p}/copies`, step: '1', min: 0 })}
          ${numberEntry(ctx, { label: t('prop.maxFiles'), pointer: `${p}/maxFiles`, step: '1', min: 1 })}
        </div>
        <label class="field"
          ><span>${t('prop.accept')}</span
          ><input
            data-pointer=${`${p}/accept`}
            .value=${Array.isArray(doc.accept) ? doc.accept.join(', ') : ''}
            @change=${(e: Event) => {
              const list = (e.target as HTMLInputElement).value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
              ctx.modeling.setProperty(`${p}/accept`, list.length ? list : undefined);
            }}
        /></label>
        ${numberEntry(ctx, { label: t('prop.maxSizeBytes'), pointer: `${p}/maxSizeBytes`, step: '1' })}
        ${booleanEntry(ctx, { label: t('doc.required'), pointer: `${p}/required` })}
        ${conditionEntry(ctx, { label: t('doc.requiredWhen'), pointer: `${p}/requiredWhen` })}
        ${itemActions(ctx, p, docs.length, i, name)}
      </article>`;
    })}
    <button
      type="button"
      class="primary"
      data-action="add-document"
      @click=${() => {
        const key = freshKey(ctx.definition, 'document');
        const pointer = ctx.modeling.addItem('/documents', {
          key,
          title: { vi: 'Giấy tờ mới', en: 'New document' },
          form: 'copy',
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxSizeBytes: 10485760,
        });
        ctx.select({ ...ctx.selection, item: pointer });
      }}
    >
      ${t('doc.add')}
    </button>
  </section>`;
}
