import { fixture, html } from '@open-wc/testing';
import '../app/designer-app.js';
import type { HosoDesigner } from '../app/designer-app.js';

export async function designer(storage?: string): Promise<HosoDesigner> {
  const el = storage
    ? await fixture<HosoDesigner>(
        html`<hoso-designer json-plain storage=${storage}></hoso-designer>`,
      )
    : await fixture<HosoDesigner>(html`<hoso-designer json-plain no-autosave></hoso-designer>`);
  await el.ready;
  await el.updateComplete;
  return el;
}

export function q<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`Not found: ${selector}`);
  return found;
}

export async function settle(el: HosoDesigner): Promise<void> {
  await el.updateComplete;
  // Nested components (condition builders, formula editors) render after the shell.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
}

export async function click(
  el: HosoDesigner,
  selector: string,
  root?: Element | ShadowRoot,
): Promise<void> {
  q(root ?? el, selector).click();
  await settle(el);
}

/** Types a value into a field and commits it (as leaving the field does). */
export async function fill(
  el: HosoDesigner,
  selector: string,
  value: string,
  root?: Element | ShadowRoot,
): Promise<void> {
  const input = q<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(root ?? el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

export function builder(el: HosoDesigner, pointer: string): ShadowRoot {
  return q(el, `hoso-condition-builder[data-pointer="${pointer}"]`).shadowRoot!;
}

/** Text of a node including every open shadow root below it. */
export function deepText(node: Node): string {
  let text = '';
  const visit = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent ?? '';
    if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
    for (const child of n.childNodes) visit(child);
  };
  visit(node);
  return text;
}
