// The canvas draws elements with the @hoso/elements components, inert: clicks select, nothing
// can be focused or typed into, keyboard selection and moves keep working.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { HosoDesigner } from '../../app/designer-app.js';
import { click, deepText, designer, fill, q, settle } from '../../test/helpers.js';

async function add(el: HosoDesigner, kind: string): Promise<string> {
  await click(el, `button.kind[data-kind="${kind}"]`);
  return el.selection.element!;
}

function body(el: HosoDesigner, pointer: string): HTMLElement {
  return q(el, `li[data-pointer="${pointer}"] > .el-body`);
}

async function clickAt(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

describe('canvas: real elements in design mode', function () {
  this.timeout(60000);
  // Wide enough for the canvas column next to the palette, properties and JSON.
  before(() => setViewport({ width: 1600, height: 1000 }));

  it('draws a text element with <hoso-text-field> and its label, inert', async () => {
    const el = await designer();
    const p = await add(el, 'text');
    await fill(el, `input[data-pointer="${p}/label/vi"]`, 'Họ và tên');
    const field = body(el, p).querySelector('hoso-text-field')!;
    expect(field, 'a hoso-text-field on the canvas').not.to.equal(null);
    await (field as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(field)).to.contain('Họ và tên');
    expect(field.closest('[inert]'), 'inside an inert container').not.to.equal(null);
  });

  it('uses the component of each kind that has one, and its own renderer otherwise', async () => {
    const el = await designer();
    const tags: Record<string, string> = {
      integer: 'hoso-number-field',
      date: 'hoso-date-field',
      radio: 'hoso-choice-field',
      checkbox: 'hoso-checkbox-field',
      email: 'hoso-text-field',
    };
    for (const [kind, tag] of Object.entries(tags)) {
      await click(el, '#canvas-heading'); // Nothing selected: new elements go last.
      el.selection = { section: 'step', step: 0 };
      await settle(el);
      const p = await add(el, kind);
      expect(body(el, p).querySelector(tag), `${kind} → ${tag}`).not.to.equal(null);
    }
    // A group stays a drop zone of the canvas.
    const g = await add(el, 'group');
    expect(q(el, `li[data-pointer="${g}"] ol.elements`)).not.to.equal(null);
  });

  it('a click on the drawn element selects it and focuses its button', async () => {
    const el = await designer();
    const first = await add(el, 'text');
    const second = await add(el, 'select');
    expect(el.selection.element).to.equal(second);
    await clickAt(body(el, first).querySelector('hoso-text-field')!);
    await settle(el);
    expect(el.selection.element).to.equal(first);
    expect(el.shadowRoot!.activeElement).to.equal(
      q(el, `li[data-pointer="${first}"] > .el-head > .el-select`),
    );
    // Keyboard moves still work from there.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await settle(el);
    expect(el.selection.element).to.equal(second);
    expect(el.definition.steps[0]!.elements[1]!.type).to.equal('text');
  });

  it('nothing on the canvas can be focused or typed into', async () => {
    const el = await designer();
    const p = await add(el, 'text');
    const field = body(el, p).querySelector('hoso-text-field')!;
    await (field as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    expect(field.shadowRoot!.activeElement, 'the control takes no focus').to.equal(null);
    (field as HTMLElement).focus();
    expect(el.shadowRoot!.activeElement).not.to.equal(field);
    // A real click then typing: the element is selected, the control stays empty.
    await clickAt(input);
    await sendKeys({ type: 'abc' });
    await settle(el);
    expect(input.value).to.equal('');
    expect(el.selection.element).to.equal(p);
    // Tab from the selected element's button skips the drawn element.
    q(el, `li[data-pointer="${p}"] > .el-head > .el-select`).focus();
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    expect(active === null || !body(el, p).contains(active)).to.equal(true);
  });

  it('draws newer kinds with their component once @hoso/elements registers it', async () => {
    const el = await designer();
    const tags: Record<string, string> = {
      file: 'hoso-file-field',
      address: 'hoso-address-field',
      computed: 'hoso-computed-field',
      content: 'hoso-content',
    };
    for (const [kind, tag] of Object.entries(tags)) {
      el.selection = { section: 'step', step: 0 };
      await settle(el);
      const p = await add(el, kind);
      const drawn = body(el, p).querySelector(tag);
      expect(drawn, `${kind} → ${tag}`).not.to.equal(null);
      expect(body(el, p).querySelector('[inert]')!.childElementCount).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
  });

  it('is accessible with real elements drawn', async () => {
    const el = await designer();
    for (const kind of ['text', 'integer', 'date', 'select', 'checkbox', 'checkboxes']) {
      await add(el, kind);
    }
    await expect(el).to.be.accessible();
  });
});
