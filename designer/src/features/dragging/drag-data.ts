/**
 * Drag and drop on the canvas. A palette entry carries its kind, a canvas element its pointer;
 * a drop on a list computes the index from the pointer's position. The keyboard produces the
 * very same commands (`modeling.addElement`, `modeling.moveElement`).
 */
import type { Modeling } from '../modeling/modeling.js';
import { splitItemPointer } from '../modeling/json-path.js';

export const KIND_TYPE = 'application/x-hoso-kind';
export const ELEMENT_TYPE = 'application/x-hoso-element';

export function startKindDrag(event: DragEvent, kind: string): void {
  event.dataTransfer?.setData(KIND_TYPE, kind);
  event.dataTransfer?.setData('text/plain', kind);
  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'copy';
}

export function startElementDrag(event: DragEvent, pointer: string): void {
  event.stopPropagation();
  event.dataTransfer?.setData(ELEMENT_TYPE, pointer);
  event.dataTransfer?.setData('text/plain', pointer);
  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
}

export function isDesignerDrag(event: DragEvent): boolean {
  const types = event.dataTransfer?.types ?? [];
  return types.includes(KIND_TYPE) || types.includes(ELEMENT_TYPE);
}

/** Index in `list` (an element whose direct `li[data-pointer]` children are the items) at y. */
export function dropIndex(list: Element, clientY: number): number {
  const items = [...list.children].filter((c) => c instanceof HTMLElement && c.dataset.pointer);
  let index = 0;
  for (const item of items) {
    const box = item.getBoundingClientRect();
    if (clientY > box.top + box.height / 2) index++;
  }
  return index;
}

/**
 * Applies a drop at `index` of `list`: a new element from the palette, or a move. Returns the
 * pointer of the element dropped, or undefined when nothing happened.
 */
export function applyDrop(
  modeling: Modeling,
  data: DataTransfer,
  list: string,
  index: number,
): string | undefined {
  const kind = data.getData(KIND_TYPE);
  if (kind) return modeling.addElement(list, index, kind);
  const pointer = data.getData(ELEMENT_TYPE);
  if (!pointer) return undefined;
  const from = splitItemPointer(pointer);
  const toIndex = from.list === list && from.index < index ? index - 1 : index;
  return modeling.moveElement(pointer, list, toIndex);
}
