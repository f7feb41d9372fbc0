import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ValidationError } from '@hoso/core/precompiled';
import { localize, msg, toLang, type Lang } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { ReadOnlyScope } from '../../internal/read-only-scope.js';
import { sharedStyles } from '../../internal/shared-styles.js';

/** The parts of a `repeater` element this component draws. */
export interface RepeaterDefinition {
  type: 'repeater';
  key: string;
  label: { vi: string; en?: string };
  hint?: { vi: string; en?: string };
  itemLabel?: { vi: string; en?: string };
  minItems?: number;
  maxItems?: number;
}

/** What changed in a repeater's list: the new list, and the action that made it. */
export interface ItemsChangeDetail {
  value: unknown[];
  action: 'add' | 'remove' | 'move';
  /** The added or removed item, or where the moved item went. */
  index: number;
  /** For `move`: where the moved item was (it swapped places with the item at `index`). */
  from?: number;
}

/** Most items when the definition sets no `maxItems` (the data schema's default too). */
const DEFAULT_MAX_ITEMS = 100;

/**
 * @summary A list of items with the same fields (children, co-owners …): each item is a group
 * named "Người thứ 2" / "Person 2" with its fields in the `item-<index>` slot, and buttons to move
 * it or remove it; a button adds another. `minItems`/`maxItems` of the definition limit removing
 * and adding. Focus follows the change (the new item's first field, the item that took a removed
 * one's place, the moved item) and each change is announced politely.
 *
 * The list's own errors (too few, too many items) show here; the items' fields show theirs.
 *
 * Read-only (`readonly`, or inside `<hoso-form readonly>`), the items are shown without the
 * buttons that add, remove or move them, and their fields are read-only.
 * @status experimental
 * @slot item-<index> - The fields of the item at that position (0-based).
 * @csspart base - The fieldset of the whole list.
 * @csspart legend - The list's label.
 * @csspart hint - The list's hint.
 * @csspart error - The list's error message.
 * @csspart items - The ordered list of items.
 * @csspart item - One item.
 * @csspart item-heading - The heading naming an item.
 * @csspart button - Every button.
 * @csspart add-button - The button adding an item.
 * @cssproperty --hoso-repeater-item-border-color - Line around each item.
 * @cssproperty --hoso-button-background - Background of the buttons.
 * @cssproperty --hoso-button-color - Text colour of the buttons.
 * @cssproperty --hoso-space-m - Space inside and between items.
 * @event hoso-items-change - An item was added, removed or moved; `detail` is an
 * `ItemsChangeDetail` with the new list.
 */
@customElement('hoso-repeater')
export class HosoRepeater extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .items {
        list-style: none;
        margin: 0 0 var(--hoso-space-m, 1rem);
        padding: 0;
      }
      .item {
        border: 1px solid var(--hoso-repeater-item-border-color, #b1b4b6);
        padding: var(--hoso-space-m, 1rem);
        margin-block-end: var(--hoso-space-m, 1rem);
      }
      h3 {
        font-size: 1.125rem;
        margin: 0 0 var(--hoso-space-s, 0.5rem);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--hoso-space-s, 0.5rem);
        margin-block-start: var(--hoso-space-s, 0.5rem);
      }
      button {
        font: inherit;
        cursor: pointer;
        padding: 0.35rem 0.75rem;
        border: 2px solid var(--hoso-button-border-color, #0b0c0c);
        background: var(--hoso-button-background, #f3f2f1);
        color: var(--hoso-button-color, #0b0c0c);
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.5;
      }
    `,
  ];

  /** The definition's repeater element (label, itemLabel, minItems, maxItems). */
  @property({ attribute: false }) element: RepeaterDefinition | undefined;
  /** The items (objects); their fields are drawn by whoever fills the slots. */
  @property({ attribute: false }) value: unknown[] = [];
  /** Data path of the list (`children`), used in the items' names. */
  @property({ reflect: true }) name = '';
  /** The list's own errors to show (too few or too many items). */
  @property({ attribute: false }) errors: readonly ValidationError[] = [];
  /** Whether adding, removing and moving items is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Whether the list is only shown: no adding, removing or moving, and its fields read-only. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  /** What the polite live region says after the last change. */
  @state() private announcement = '';
  private readonly uid = uniqueId('hoso-repeater');
  private readonly readOnlyScope = new ReadOnlyScope(this);

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }
  private get items(): unknown[] {
    return Array.isArray(this.value) ? this.value : [];
  }
  private get maxItems(): number {
    return this.element?.maxItems ?? DEFAULT_MAX_ITEMS;
  }
  private get minItems(): number {
    return this.element?.minItems ?? 0;
  }

  /** The name of the item at `index`: "Người thứ 2", "Person 2", or "Mục thứ 2" by default. */
  itemName(index: number): string {
    return repeaterItemName(this.element?.itemLabel, index, this.language);
  }

  /** Focus goes to the add button (an error summary's link for "too few items"), else item 1. */
  override focus(options?: FocusOptions): void {
    (this.button('add') ?? this.heading(0))?.focus(options);
  }

  /** Adds an empty item at the end and moves focus to its first field. */
  addItem(): void {
    if (this.readOnlyScope.readOnly || this.items.length >= this.maxItems) return;
    const index = this.items.length;
    this.commit([...this.items, {}], 'add', index);
    this.announce(msg('repeater.added', this.language, { item: this.itemName(index) }));
    void this.focusNewItem(index);
  }

  /** Removes the item at `index`; focus goes to the item now in its place (or the one above). */
  removeItem(index: number): void {
    if (this.readOnlyScope.readOnly) return;
    if (index < 0 || index >= this.items.length || this.items.length <= this.minItems) return;
    const removed = this.itemName(index);
    const next = this.items.filter((_, i) => i !== index);
    this.commit(next, 'remove', index);
    this.announce(msg('repeater.removed', this.language, { item: removed, count: next.length }));
    void this.updateComplete.then(() => {
      if (next.length === 0) this.button('add')?.focus();
      else this.heading(Math.min(index, next.length - 1))?.focus();
    });
  }

  /** Moves the item at `index` by `by` places (-1 up, 1 down); focus stays with it. */
  moveItem(index: number, by: -1 | 1): void {
    const to = index + by;
    if (this.readOnlyScope.readOnly) return;
    if (index < 0 || to < 0 || to >= this.items.length) return;
    const next = [...this.items];
    [next[index], next[to]] = [next[to], next[index]];
    this.commit(next, 'move', to, index);
    this.announce(msg('repeater.moved', this.language, { n: to + 1, count: next.length }));
    const kind = by < 0 ? 'up' : 'down';
    void this.updateComplete.then(() => {
      (this.button(kind, to) ?? this.heading(to))?.focus();
    });
  }

  private commit(
    value: unknown[],
    action: ItemsChangeDetail['action'],
    index: number,
    from?: number,
  ): void {
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<ItemsChangeDetail>('hoso-items-change', {
        bubbles: true,
        composed: true,
        detail: { value, action, index, ...(from === undefined ? {} : { from }) },
      }),
    );
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  private heading(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`#${this.uid}-item-${index}`);
  }
  private button(kind: 'add' | 'up' | 'down' | 'remove', index = -1): HTMLElement | null {
    const selector =
      kind === 'add' ? 'button.add' : `li:nth-child(${index + 1}) button.${kind}:not(:disabled)`;
    return this.renderRoot.querySelector(selector);
  }

  /**
   * Focuses the first field of a new item. Its fields arrive in the slot when the owner has
   * re-rendered; until then (or without any) the item's heading takes focus.
   */
  private async focusNewItem(index: number): Promise<void> {
    await this.updateComplete;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="item-${index}"]`);
    if (!slot) return;
    if (slot.assignedElements().length === 0)
      await new Promise<void>((resolve) => {
        slot.addEventListener('slotchange', () => resolve(), { once: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      });
    const field = firstField(slot);
    if (field) {
      await (field as Partial<LitElement>).updateComplete;
      field.focus();
    } else this.heading(index)?.focus();
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const element = this.element;
    const items = this.items;
    const hint = localize(element?.hint, lang);
    const error = this.errors[0];
    const describedBy =
      [hint ? `${this.uid}-hint` : '', error ? `${this.uid}-error` : '']
        .filter(Boolean)
        .join(' ') || nothing;
    const readOnly = this.readOnlyScope.readOnly;
    const canAdd = items.length < this.maxItems;
    const canRemove = items.length > this.minItems;
    return html`<fieldset
      class="field ${error ? 'invalid' : ''}"
      part="base"
      aria-describedby=${describedBy}
      ?disabled=${this.disabled}
    >
      <legend part="legend">${localize(element?.label, lang)}</legend>
      ${hint ? html`<p class="hint" id="${this.uid}-hint" part="hint">${hint}</p>` : nothing}
      ${
        error
          ? html`<p class="error" id="${this.uid}-error" part="error">
              <span class="visually-hidden">${msg('error.prefix', lang)}</span>
              ${localize(error.message, lang)}
            </p>`
          : nothing
      }
      ${items.length === 0 ? html`<p class="hint">${msg('repeater.empty', lang)}</p>` : nothing}
      <ol class="items" part="items">
        ${items.map((_, i) => this.renderItem(i, items.length, canRemove, readOnly))}
      </ol>
      ${
        readOnly
          ? nothing
          : canAdd
            ? html`<button
                type="button"
                class="add"
                part="button add-button"
                @click=${this.addItem}
              >
                ${msg('repeater.add', lang)}
                <span class="visually-hidden">– ${localize(element?.label, lang)}</span>
              </button>`
            : html`<p class="hint">${msg('repeater.full', lang, { max: this.maxItems })}</p>`
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderItem(
    index: number,
    count: number,
    canRemove: boolean,
    readOnly: boolean,
  ): TemplateResult {
    const name = this.itemName(index);
    const headingId = `${this.uid}-item-${index}`;
    return html`<li class="item" part="item">
      <div role="group" aria-labelledby=${headingId}>
        <h3 id=${headingId} tabindex="-1" part="item-heading">${name}</h3>
        <slot name="item-${index}"></slot>
        ${readOnly ? nothing : this.renderActions(index, count, canRemove)}
      </div>
    </li>`;
  }

  private renderActions(index: number, count: number, canRemove: boolean): TemplateResult {
    const lang = this.language;
    const hiddenName = html`<span class="visually-hidden">${this.itemName(index)}</span>`;
    return html`<div class="actions">
      ${
        index > 0
          ? html`<button
              type="button"
              class="up"
              part="button"
              @click=${() => this.moveItem(index, -1)}
            >
              ${msg('repeater.moveUp', lang)} ${hiddenName}
            </button>`
          : nothing
      }
      ${
        index < count - 1
          ? html`<button
              type="button"
              class="down"
              part="button"
              @click=${() => this.moveItem(index, 1)}
            >
              ${msg('repeater.moveDown', lang)} ${hiddenName}
            </button>`
          : nothing
      }
      ${
        canRemove
          ? html`<button
              type="button"
              class="remove"
              part="button"
              @click=${() => this.removeItem(index)}
            >
              ${msg('repeater.remove', lang)} ${hiddenName}
            </button>`
          : nothing
      }
    </div>`;
  }
}

/** The first thing in a slot that takes focus: a Hoso field (it delegates) or a native control. */
function firstField(slot: HTMLSlotElement): HTMLElement | undefined {
  for (const assigned of slot.assignedElements()) {
    for (const candidate of [assigned, ...assigned.querySelectorAll('*')]) {
      if (!(candidate instanceof HTMLElement)) continue;
      if (candidate.shadowRoot?.delegatesFocus) return candidate;
      if (candidate.matches('input, select, textarea, button')) return candidate;
    }
  }
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-repeater': HosoRepeater;
  }
}

/** A repeater item's name, as the repeater and the review page show it. */
export function repeaterItemName(
  itemLabel: { vi: string; en?: string } | undefined,
  index: number,
  lang: Lang,
): string {
  const label = localize(itemLabel, lang);
  return label ? `${label} ${index + 1}` : msg('repeater.item', lang, { n: index + 1 });
}
