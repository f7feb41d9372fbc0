/**
 * The canvas: the open step's elements as the citizen will see them — drawn by the
 * @hoso/elements components where a kind has one — inert (design mode), each with a selection
 * button that a click on the drawn element also presses; drop zones for the palette and for
 * moves; keyboard moves (Alt+↑/↓), delete and duplicate on the selected element; the badge of
 * values that come from a province overlay.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EditorContext } from '../../app/context.js';
import { applyDrop, dropIndex, isDesignerDrag, startElementDrag } from '../dragging/drag-data.js';
import { localized, t, getLocale } from '../i18n/locale.js';
import { overlayBadge } from '../overlay/overlay-marks.js';
import { provenanceOf } from '../overlay/overlay-session.js';
import { kindOf } from '../palette/element-kinds.js';
import { renderDesignElement } from './design-elements.js';
import { renderControl } from './element-view.js';

type Any = Record<string, unknown>;

function elementName(element: Any): string {
  return localized(element.label) || localized(element.text) || String(element.key ?? '');
}

export function renderCanvas(ctx: EditorContext): TemplateResult {
  const index = ctx.selection.step;
  const step = (Array.isArray(ctx.definition.steps) ? ctx.definition.steps[index] : undefined) as
    Any | undefined;
  if (!step) return html`<p class="hint">${t('props.none')}</p>`;
  const list = `/steps/${index}/elements`;
  const elements = Array.isArray(step.elements) ? (step.elements as Any[]) : [];
  return html`<section class="canvas" aria-labelledby="canvas-heading">
    <h2 id="canvas-heading">
      ${t('canvas.title')}: ${localized(step.title) || String(step.key)}
      ${
        step.visibleWhen !== undefined
          ? html`<span class="badge">${t('step.conditional')}</span>`
          : nothing
      }
    </h2>
    <p class="hint" id="canvas-hint">${t('canvas.moveHint')}</p>
    ${renderList(ctx, list, elements, t('canvas.elements'))}
    ${elements.length === 0 ? html`<p class="hint empty">${t('step.empty')}</p>` : nothing}
  </section>`;
}

function renderList(
  ctx: EditorContext,
  list: string,
  elements: Any[],
  label: string,
): TemplateResult {
  const onDragOver = (e: DragEvent) => {
    if (!isDesignerDrag(e)) return;
    e.preventDefault();
    e.stopPropagation();
    const target = e.currentTarget as HTMLElement;
    const at = dropIndex(target, e.clientY);
    target.style.setProperty('--drop-index', String(at));
    markDrop(target, at);
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer || !isDesignerDrag(e)) return;
    e.preventDefault();
    e.stopPropagation();
    const target = e.currentTarget as HTMLElement;
    clearDrop(target);
    const pointer = applyDrop(ctx.modeling, e.dataTransfer, list, dropIndex(target, e.clientY));
    if (pointer) {
      ctx.select({ ...ctx.selection, element: pointer });
      ctx.focusLater(`[data-pointer="${pointer}"] > .el-head > .el-select`);
    }
  };
  return html`<ol
    class="elements"
    data-list=${list}
    aria-label=${label}
    @dragover=${onDragOver}
    @dragleave=${(e: DragEvent) => clearDrop(e.currentTarget as HTMLElement)}
    @drop=${onDrop}
  >
    ${repeat(
      elements,
      (element, i) => `${String(element.key)}#${i}`,
      (element, i) => {
        const pointer = `${list}/${i}`;
        // Unchanged elements (same object: edits copy only their path) skip re-rendering.
        const selected = ctx.selection.element === pointer;
        const deps = [element, pointer, selected, i, elements.length, getLocale(), ctx.overlay];
        return guard(deps, () => renderElement(ctx, pointer, element, i, elements.length));
      },
    )}
  </ol>`;
}

function markDrop(list: HTMLElement, at: number): void {
  clearDrop(list);
  const items = [...list.children].filter((c) => (c as HTMLElement).dataset.pointer);
  const item = items[at] as HTMLElement | undefined;
  if (item) item.classList.add('drop-before');
  else list.classList.add('drop-end');
}

function clearDrop(list: HTMLElement): void {
  list.classList.remove('drop-end');
  for (const c of list.querySelectorAll(':scope > .drop-before')) c.classList.remove('drop-before');
}

function renderElement(
  ctx: EditorContext,
  pointer: string,
  element: Any,
  index: number,
  count: number,
): TemplateResult {
  const selected = ctx.selection.element === pointer;
  const kind = kindOf(element.type);
  const name = elementName(element);
  const kindTitle = kind ? localized(kind.title) : String(element.type);
  const container = element.type === 'group' || element.type === 'repeater';
  const badges = [
    element.required === true ? t('element.required') : '',
    element.visibleWhen !== undefined || element.requiredWhen !== undefined
      ? t('element.conditional')
      : '',
  ].filter(Boolean);
  const select = () => ctx.select({ ...ctx.selection, element: pointer });
  // The drawn element is inert: a click on it lands here, and selects it as its button does.
  const selectFromBody = () => {
    select();
    ctx.focusLater(`[data-pointer="${pointer}"] > .el-head > .el-select`);
  };
  const move = (delta: number) => {
    const next = ctx.modeling.moveElementBy(pointer, delta);
    if (next) {
      ctx.select({ ...ctx.selection, element: next });
      ctx.announce(t('element.moved', { name, position: index + delta + 1 }));
      ctx.focusLater(`[data-pointer="${next}"] > .el-head > .el-select`);
    }
  };
  const duplicate = () => {
    const next = ctx.modeling.duplicateElement(pointer);
    ctx.select({ ...ctx.selection, element: next });
    ctx.announce(t('element.added', { name }));
    ctx.focusLater(`[data-pointer="${next}"] > .el-head > .el-select`);
  };
  const remove = () => {
    ctx.modeling.removeElement(pointer);
    ctx.select({ ...ctx.selection, element: undefined });
    ctx.announce(t('element.removed', { name }));
    ctx.focusLater('#canvas-heading');
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      move(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      remove();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      duplicate();
    }
  };
  const locale = getLocale();
  return html`<li
    class="el ${selected ? 'selected' : ''}"
    data-pointer=${pointer}
    data-type=${String(element.type)}
    draggable="true"
    @dragstart=${(e: DragEvent) => startElementDrag(e, pointer)}
  >
    <div class="el-head">
      <button
        type="button"
        class="el-select"
        aria-pressed=${selected ? 'true' : 'false'}
        aria-describedby="canvas-hint"
        @click=${select}
        @keydown=${onKey}
      >
        <span class="glyph" aria-hidden="true">${kind?.icon ?? '?'}</span>
        <span class="kind-name">${kindTitle}:</span> <strong>${name}</strong>
        <code>${String(element.key ?? '')}</code>
        ${badges.map((b) => html`<span class="badge">${b}</span>`)}
        ${overlayBadge(provenanceOf(ctx.overlay, ctx.definition, pointer))}
      </button>
      ${
        selected
          ? html`<span class="row el-actions">
              <button
                type="button"
                class="icon"
                aria-label=${`${t('element.up')}: ${name}`}
                ?disabled=${index === 0}
                @click=${() => move(-1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon"
                aria-label=${`${t('element.down')}: ${name}`}
                ?disabled=${index >= count - 1}
                @click=${() => move(1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="icon"
                aria-label=${`${t('element.duplicate')}: ${name}`}
                @click=${duplicate}
              >
                ⧉
              </button>
              <button
                type="button"
                class="icon"
                aria-label=${`${t('element.remove')}: ${name}`}
                @click=${remove}
              >
                ✕
              </button>
            </span>`
          : nothing
      }
    </div>
    ${
      container
        ? html`<div class="el-body">
            ${renderList(
              ctx,
              `${pointer}/elements`,
              Array.isArray(element.elements) ? (element.elements as Any[]) : [],
              t('canvas.dropInto', { name }),
            )}
          </div>`
        : html`<div class="el-body" @click=${selectFromBody}>
            <div class="el-preview" inert>
              ${guard(
                [element, locale],
                () =>
                  renderDesignElement(element, locale) ??
                  renderControl(element, {
                    id: `c${pointer.replace(/\//g, '-')}`,
                    required: element.required === true,
                    inert: true,
                  }),
              )}
            </div>
          </div>`
    }
  </li>`;
}
