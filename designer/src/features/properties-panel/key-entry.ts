/**
 * The key of the selected element. Changing it renames the element and every rule that reads
 * it in one edit; a refused key stays in the box with the reason until it is fixed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../../app/context.js';
import { t } from '../i18n/locale.js';
import { getAt } from '../modeling/json-path.js';
import type { RenamePlan } from '../modeling/rename-key.js';

type Refusal = Exclude<RenamePlan, { ok: true }>;

/** The last refused key, shown while the definition it was typed against is unchanged. */
let refused: { pointer: string; definition: unknown; refusal: Refusal } | undefined;

export function refusalMessage(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'invalid':
      return t('key.invalid', { key: refusal.key });
    case 'duplicate':
      return t('key.duplicate', { key: refusal.key, scope: refusal.scope || t('key.rootScope') });
    case 'not-an-element':
      return t('key.notAnElement', { key: refusal.key });
  }
}

export function keyEntry(ctx: EditorContext, pointer: string): TemplateResult {
  const at = `${pointer}/key`;
  const id = `key${pointer.replace(/\//g, '-')}`;
  const shown =
    refused && refused.pointer === pointer && refused.definition === ctx.definition
      ? refused.refusal
      : undefined;
  const current = getAt(ctx.definition, at);
  const value = shown ? shown.key : typeof current === 'string' ? current : '';
  const describedBy = shown ? `${id}-hint ${id}-error` : `${id}-hint`;
  const onChange = (e: Event) => {
    const typed = (e.target as HTMLInputElement).value.trim();
    const plan = ctx.modeling.renameElementKey(pointer, typed);
    if (!plan.ok) {
      refused = { pointer, definition: ctx.definition, refusal: plan };
      ctx.announce(refusalMessage(plan));
      return;
    }
    refused = undefined;
    if (plan.oldKey !== typed) {
      ctx.announce(t('key.renamed', { old: plan.oldKey, key: typed, count: plan.rewrites.length }));
    }
  };
  return html`<div class="field">
    <label for=${id}><span>${t('props.key')}</span></label>
    <span class="hint" id=${`${id}-hint`}>${t('props.keyHint')}</span>
    <input
      id=${id}
      name="key"
      data-pointer=${at}
      required
      aria-invalid=${shown ? 'true' : 'false'}
      aria-describedby=${describedBy}
      .value=${live(value)}
      @change=${onChange}
    />
    ${
      shown
        ? html`<span class="error" id=${`${id}-error`}>${refusalMessage(shown)}</span>`
        : nothing
    }
  </div>`;
}
