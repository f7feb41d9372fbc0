/**
 * The properties panel, generated from the element kind's metadata (form-js's properties
 * provider → groups → entries): general, validation (with each constraint's own message),
 * rules (condition builders) and advanced entries.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorContext } from '../../app/context.js';
import type { MessageId } from '../i18n/catalog.js';
import { localized, t } from '../i18n/locale.js';
import { getAt } from '../modeling/json-path.js';
import { overlayOrigin } from '../overlay/overlay-marks.js';
import { kindOf, type PropertySpec } from '../palette/element-kinds.js';
import {
  booleanEntry,
  conditionEntry,
  formulaEntry,
  localizedEntry,
  numberEntry,
  selectEntry,
  textEntry,
} from './entries.js';
import { keyEntry } from './key-entry.js';
import { optionsEntry } from './options-entry.js';

type Any = Record<string, unknown>;

const propLabel = (name: string) => t(`prop.${name}` as MessageId);

function entry(ctx: EditorContext, pointer: string, spec: PropertySpec, element: Any): unknown {
  const at = `${pointer}/${spec.name}`;
  const label = propLabel(spec.name);
  switch (spec.kind) {
    case 'localized':
      return localizedEntry(ctx, { label, pointer: at, required: spec.required ?? false });
    case 'localized-long':
      return localizedEntry(ctx, {
        label,
        pointer: at,
        required: spec.required ?? false,
        multiline: true,
      });
    case 'boolean':
      return booleanEntry(ctx, { label, pointer: at });
    case 'number':
      return numberEntry(ctx, { label, pointer: at });
    case 'text':
      return textEntry(ctx, { label, pointer: at });
    case 'date-limit':
      return textEntry(ctx, { label, pointer: at, hint: t('prop.dateLimitHint') });
    case 'accept': {
      const value = getAt(ctx.definition, at);
      return html`<label class="field"
        ><span>${label}</span
        ><input
          data-pointer=${at}
          .value=${Array.isArray(value) ? value.join(', ') : ''}
          @change=${(e: Event) => {
            const list = (e.target as HTMLInputElement).value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
            ctx.modeling.setProperty(at, list.length ? list : undefined);
          }}
      /></label>`;
    }
    case 'value-type':
      return selectEntry(ctx, {
        label,
        pointer: at,
        options: [
          ['number', 'number'],
          ['money', 'money'],
          ['text', 'text'],
          ['boolean', 'boolean'],
        ],
      });
    case 'formula':
      return formulaEntry(ctx, { label, pointer: at });
    case 'options':
      return optionsEntry(ctx, at);
    case 'default':
      return defaultEntry(ctx, at, element);
  }
}

function defaultEntry(ctx: EditorContext, at: string, element: Any): unknown {
  const label = t('prop.default');
  const type = String(element.type);
  if (type === 'address' || type === 'file') return nothing;
  if (type === 'checkbox') return booleanEntry(ctx, { label, pointer: at });
  if (['number', 'integer', 'money'].includes(type))
    return numberEntry(ctx, { label, pointer: at });
  if (type === 'select' || type === 'radio') {
    const options = (element.options as { value: string; label: unknown }[] | undefined) ?? [];
    return selectEntry(ctx, {
      label,
      pointer: at,
      allowEmpty: true,
      options: options.map((o) => [o.value, localized(o.label) || o.value]),
    });
  }
  if (type === 'checkboxes') {
    const value = getAt(ctx.definition, at);
    return html`<label class="field"
      ><span>${label}</span
      ><input
        data-pointer=${at}
        .value=${Array.isArray(value) ? value.join(', ') : ''}
        @change=${(e: Event) => {
          const list = (e.target as HTMLInputElement).value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          ctx.modeling.setProperty(at, list.length ? list : undefined);
        }}
    /></label>`;
  }
  return textEntry(ctx, { label, pointer: at, inputType: type === 'date' ? 'date' : 'text' });
}

function group(title: string, content: unknown[]): TemplateResult | typeof nothing {
  const items = content.filter((c) => c !== nothing);
  if (items.length === 0) return nothing;
  return html`<section class="prop-group">
    <h3>${title}</h3>
    ${items}
  </section>`;
}

/** The panel for the selected element. */
export function renderElementProperties(ctx: EditorContext, pointer: string): TemplateResult {
  const element = getAt(ctx.definition, pointer) as Any | undefined;
  if (!element || typeof element !== 'object') {
    return html`<p class="hint">${t('props.none')}</p>`;
  }
  const kind = kindOf(element.type);
  const title = kind ? localized(kind.title) : String(element.type);
  const specs = kind?.properties ?? [];
  const inGroup = (g: PropertySpec['group']) =>
    specs.filter((s) => s.group === g).map((s) => entry(ctx, pointer, s, element));
  const messages = specs
    .filter((s) => s.message && kind?.field)
    .filter(
      (s) =>
        s.name === 'required' || s.name === 'options' || getAt(element, `/${s.name}`) !== undefined,
    )
    .map((s) =>
      localizedEntry(ctx, {
        label: `${t('props.customMessage')}: ${propLabel(s.name)}`,
        pointer: `${pointer}/messages/${s.message}`,
      }),
    );
  return html`<div class="props" data-pointer=${pointer}>
    <h2 id="props-heading" tabindex="-1">
      ${kind?.icon ?? ''} ${title}: ${localized(element.label) || String(element.key ?? '')}
    </h2>
    ${overlayOrigin(ctx.overlay, ctx.definition, pointer)}
    ${group(t('props.group.general'), [keyEntry(ctx, pointer), ...inGroup('general')])}
    ${group(t('props.group.validation'), [
      ...inGroup('validation'),
      messages.length
        ? html`<details>
            <summary>${t('props.customMessage')}</summary>
            ${messages}
          </details>`
        : nothing,
    ])}
    ${group(
      t('props.group.rules'),
      (kind?.rules ?? ['visibleWhen']).map((rule) =>
        conditionEntry(ctx, { label: propLabel(rule), pointer: `${pointer}/${rule}` }),
      ),
    )}
    ${group(t('props.group.advanced'), inGroup('advanced'))}
  </div>`;
}

/** The panel for the open step when no element is selected: rename, key, condition. */
export function renderStepProperties(ctx: EditorContext, index: number): TemplateResult {
  const pointer = `/steps/${index}`;
  const step = getAt(ctx.definition, pointer) as Any | undefined;
  if (!step) return html`<p class="hint">${t('props.none')}</p>`;
  const earlier = ctx.fields.filter((f) => f.stepIndex < index);
  return html`<div class="props" data-pointer=${pointer}>
    <h2 id="props-heading" tabindex="-1">${t('section.steps')}: ${localized(step.title)}</h2>
    ${overlayOrigin(ctx.overlay, ctx.definition, pointer)}
    ${localizedEntry(ctx, { label: t('step.title'), pointer: `${pointer}/title`, required: true })}
    ${textEntry(ctx, { label: t('step.key'), pointer: `${pointer}/key`, required: true, name: 'step-key' })}
    ${localizedEntry(ctx, {
      label: t('step.description'),
      pointer: `${pointer}/description`,
      multiline: true,
    })}
    ${conditionEntry(
      { ...ctx, fields: earlier },
      { label: t('step.visibleWhen'), pointer: `${pointer}/visibleWhen` },
    )}
    <p class="hint">${t('props.none')}</p>
  </div>`;
}
