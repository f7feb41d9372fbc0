import { html, nothing, type TemplateResult } from 'lit';
import type { EditorContext } from '../../app/context.js';
import type { MessageId } from '../i18n/catalog.js';
import { localized, t } from '../i18n/locale.js';
import { getAt } from '../modeling/json-path.js';
import { freshKey } from '../modeling/keys.js';
import {
  booleanEntry,
  itemActions,
  localizedEntry,
  numberEntry,
  selectEntry,
  textEntry,
} from '../properties-panel/entries.js';
import './flow-diagram.js';
import { overlayOrigin } from '../overlay/overlay-marks.js';

const ACTIONS = [
  'receive',
  'assign',
  'forward',
  'request-supplement',
  'supplement',
  'approve',
  'reject',
  'return-result',
] as const;

type Any = Record<string, unknown>;

/** The back-office flow: roles, stages, durations, transitions, and its diagram. */
export function renderFlow(ctx: EditorContext): TemplateResult {
  const flow = (getAt(ctx.definition, '/flow') as Any | undefined) ?? {};
  const roles = Array.isArray(flow.roles) ? (flow.roles as Any[]) : [];
  const stages = Array.isArray(flow.stages) ? (flow.stages as Any[]) : [];
  const stageOptions = stages.map(
    (s) => [String(s.key), `${localized(s.title) || s.key} (${s.key})`] as [string, string],
  );
  const roleOptions = roles.map(
    (r) => [String(r.key), `${localized(r.title) || r.key} (${r.key})`] as [string, string],
  );
  const selectedStage =
    ctx.selection.item?.startsWith('/flow/stages/') === true
      ? String(stages[Number(ctx.selection.item.split('/')[3])]?.key ?? '')
      : undefined;
  return html`<section class="section-editor" aria-labelledby="section-heading">
    <h2 id="section-heading" tabindex="-1">${t('section.flow')}</h2>
    <h3>${t('flow.diagram')}</h3>
    <hoso-flow-diagram
      .stages=${stages}
      .start=${flow.start}
      .selected=${selectedStage}
      @stage-select=${(e: CustomEvent<{ index: number }>) => {
        const item = `/flow/stages/${e.detail.index}`;
        ctx.select({ ...ctx.selection, item });
        ctx.focusLater(`[data-item="${item}"] input`);
      }}
    ></hoso-flow-diagram>
    ${selectEntry(ctx, { label: t('flow.start'), pointer: '/flow/start', options: stageOptions })}
    <fieldset>
      <legend>${t('flow.roles')}</legend>
      ${roles.map(
        (role, i) =>
          html`<div class="card" data-item=${`/flow/roles/${i}`}>
            <div class="pair">
              ${textEntry(ctx, { label: t('props.key'), pointer: `/flow/roles/${i}/key`, required: true })}
              <span></span>
            </div>
            ${localizedEntry(ctx, { label: t('flow.roles'), pointer: `/flow/roles/${i}/title`, required: true })}
            ${itemActions(ctx, `/flow/roles/${i}`, roles.length, i, localized(role.title) || String(role.key))}
          </div>`,
      )}
      <button
        type="button"
        data-action="add-role"
        @click=${() =>
          ctx.modeling.addItem('/flow/roles', {
            key: freshKey(ctx.definition, 'role'),
            title: { vi: 'Vai trò mới', en: 'New role' },
          })}
      >
        ${t('flow.roleAdd')}
      </button>
    </fieldset>
    <h3>${t('flow.stages')}</h3>
    ${stages.map((stage, i) => {
      const p = `/flow/stages/${i}`;
      const name = localized(stage.title) || String(stage.key);
      const transitions = Array.isArray(stage.transitions) ? (stage.transitions as Any[]) : [];
      return html`<article
        class="card ${ctx.selection.item === p ? 'selected' : ''}"
        data-item=${p}
        aria-label=${name}
      >
        <h4>${i + 1}. ${name}</h4>
        ${overlayOrigin(ctx.overlay, ctx.definition, p)}
        <div class="pair">
          ${textEntry(ctx, { label: t('props.key'), pointer: `${p}/key`, required: true })}
          ${selectEntry(ctx, {
            label: t('flow.role'),
            pointer: `${p}/role`,
            options: roleOptions,
            allowEmpty: true,
          })}
        </div>
        ${localizedEntry(ctx, { label: t('flow.stageTitle'), pointer: `${p}/title`, required: true })}
        <div class="pair">
          ${numberEntry(ctx, { label: t('flow.duration'), pointer: `${p}/durationDays`, step: '0.5', min: 0 })}
          ${selectEntry(ctx, {
            label: t('flow.outcome'),
            pointer: `${p}/outcome`,
            allowEmpty: true,
            options: (['completed', 'rejected', 'withdrawn'] as const).map((o) => [
              o,
              t(`flow.outcome.${o}`),
            ]),
          })}
        </div>
        <fieldset>
          <legend>${t('flow.transitions')}</legend>
          ${transitions.length === 0 ? nothing : ''}
          ${transitions.map((_tr, j) => {
            const tp = `${p}/transitions/${j}`;
            return html`<div class="transition" data-item=${tp}>
              <div class="pair">
                ${selectEntry(ctx, {
                  label: `${t('flow.action')} ${j + 1}`,
                  pointer: `${tp}/action`,
                  options: ACTIONS.map((a) => [a, t(`action.${a}` as MessageId)]),
                })}
                ${selectEntry(ctx, {
                  label: `${t('flow.to')} ${j + 1}`,
                  pointer: `${tp}/to`,
                  options: stageOptions,
                })}
              </div>
              <div class="pair">
                ${selectEntry(ctx, {
                  label: `${t('flow.role')} ${j + 1}`,
                  pointer: `${tp}/role`,
                  options: roleOptions,
                  allowEmpty: true,
                })}
                ${booleanEntry(ctx, { label: t('flow.requiresNote'), pointer: `${tp}/requiresNote` })}
              </div>
              ${itemActions(ctx, tp, transitions.length, j, `${t('flow.transitions')} ${j + 1}`)}
            </div>`;
          })}
          <button
            type="button"
            data-action="add-transition"
            @click=${() => {
              const target = stages.find((s) => s.key !== stage.key) ?? stage;
              ctx.modeling.addItem(`${p}/transitions`, {
                action: 'forward',
                to: String(target.key),
              });
            }}
          >
            ${t('flow.transitionAdd')}
          </button>
        </fieldset>
        ${itemActions(ctx, p, stages.length, i, name)}
      </article>`;
    })}
    <button
      type="button"
      class="primary"
      data-action="add-stage"
      @click=${() => {
        const item = ctx.modeling.addItem('/flow/stages', {
          key: freshKey(ctx.definition, 'stage'),
          title: { vi: 'Giai đoạn mới', en: 'New stage' },
          ...(roles[0] ? { role: String(roles[0].key) } : {}),
          durationDays: 1,
        });
        ctx.select({ ...ctx.selection, item });
      }}
    >
      ${t('flow.stageAdd')}
    </button>
  </section>`;
}
