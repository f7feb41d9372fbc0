// <hoso-form readonly> shows a submitted dossier back: every field, group and repeater of the
// step is read-only, nothing reaches the store, and it is all still focusable and accessible.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  compile,
  createFormStore,
  type FormStore,
  type SchemaValidator,
} from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';
import { TEST_UNITS } from '../address-field/test-units.js';
import type { HosoForm } from './form.js';
import './form.js';

const ANSWERS = {
  fullName: 'Nguyễn Văn An',
  idNumber: '001090000123',
  phone: '0912345678',
  maritalStatus: 'divorced',
  address: { residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' } },
  kids: [
    { name: 'An', age: 3 },
    { name: 'Bình', age: 5 },
  ],
  copyCount: 2,
  declaration: true,
  email: 'an@example.vn',
};

let definition: unknown;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

async function drawReadOnly(step: number): Promise<{ form: HosoForm; store: FormStore }> {
  const compiled = compile(definition as never, { schemaValidator, checkDefinition });
  const store = createFormStore(compiled, {
    today: '2026-11-22',
    values: structuredClone(ANSWERS),
  });
  const form = await fixture<HosoForm>(
    html`<hoso-form
      readonly
      id-prefix="f"
      .compiled=${compiled}
      .store=${store}
      .snapshot=${store.getState()}
      .step=${step}
      .units=${TEST_UNITS}
    ></hoso-form>`,
  );
  store.subscribe((snapshot) => (form.snapshot = snapshot));
  await settle(form);
  return { form, store };
}

/** Waits until the form and everything drawn inside it (slotted fields too) has updated. */
async function settle(form: HosoForm): Promise<void> {
  await form.updateComplete;
  await aTimeout(0);
  const all = form.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: unknown }>('*');
  for (const el of all) await el.updateComplete;
}

/** The shadow root of the field drawing `path`. */
function inside(form: HosoForm, path: string): ShadowRoot {
  return form.findField(path)!.shadowRoot!;
}

describe('<hoso-form readonly>', () => {
  it('shows every answer read-only, focusable, and accessible', async () => {
    const { form } = await drawReadOnly(0);
    expect(form.getAttribute('readonly')).to.equal('');
    for (const path of ['fullName', 'idNumber', 'phone']) {
      const input = inside(form, path).querySelector('input')!;
      expect(input.readOnly, path).to.equal(true);
      expect(input.disabled, path).to.equal(false);
    }
    const radios = inside(form, 'maritalStatus').querySelector('[role="radiogroup"]')!;
    expect(radios.getAttribute('aria-readonly')).to.equal('true');
    // The address is inside a group: the chosen names are shown as read-only text.
    const address = inside(form, 'address.residence');
    expect(address.querySelector('select')).to.equal(null);
    const parts = [...address.querySelectorAll('input')];
    expect(parts.map((p) => p.value)).to.deep.equal([
      'Thành phố Hà Nội',
      'Phường Ba Đình',
      '12 Hàng Bạc',
    ]);
    expect(parts.every((p) => p.readOnly)).to.equal(true);
    expect(form.focusField('fullName')).to.equal(true);
    expect(inside(form, 'fullName').activeElement).to.not.equal(null);
    await expect(form).to.be.accessible();
  });

  it('lets nothing reach the store: typing, clicking, keys', async () => {
    const { form, store } = await drawReadOnly(0);
    const before = structuredClone(store.getState().values);
    form.focusField('fullName');
    await sendKeys({ type: 'xyz' });
    await sendKeys({ press: 'Backspace' });
    const radios = inside(form, 'maritalStatus').querySelectorAll<HTMLInputElement>('input');
    radios[0]!.click();
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await settle(form);
    expect(store.getState().values).to.deep.equal(before);
    expect(inside(form, 'fullName').querySelector('input')!.value).to.equal('Nguyễn Văn An');
  });

  it('shows a repeater without add, remove or move buttons; its items read-only', async () => {
    const { form, store } = await drawReadOnly(1);
    const repeater = form.shadowRoot!.querySelector('hoso-repeater')!;
    expect(repeater.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    expect(repeater.shadowRoot!.querySelectorAll('li.item')).to.have.length(2);
    const names = repeater.querySelectorAll<HTMLElement>('[name$=".name"]');
    expect(names).to.have.length(2);
    for (const name of names)
      expect(name.shadowRoot!.querySelector('input')!.readOnly).to.equal(true);
    repeater.addItem();
    repeater.removeItem(0);
    await settle(form);
    expect(store.getState().values['kids']).to.deep.equal(ANSWERS.kids);
    await expect(form).to.be.accessible();
  });

  it('keeps a ticked declaration ticked and the computed fee shown', async () => {
    const { form, store } = await drawReadOnly(2);
    const box = inside(form, 'declaration').querySelector('input')!;
    expect(box.getAttribute('aria-readonly')).to.equal('true');
    box.click();
    await settle(form);
    expect(box.checked).to.equal(true);
    expect(store.getState().values['declaration']).to.equal(true);
    const fee = form.shadowRoot!.querySelector('hoso-computed-field')!;
    expect(fee.shadowRoot!.querySelector('output')!.textContent!.trim()).to.equal('16.000 đồng');
    await expect(form).to.be.accessible();
  });

  it('makes its fields editable again when readonly is turned off', async () => {
    const { form, store } = await drawReadOnly(0);
    form.readonly = false;
    await settle(form);
    await settle(form);
    const input = inside(form, 'fullName').querySelector('input')!;
    expect(input.readOnly).to.equal(false);
    expect(inside(form, 'address.residence').querySelectorAll('select')).to.have.length(2);
    input.focus();
    await sendKeys({ type: '!' });
    await settle(form);
    expect(store.getState().values['fullName']).to.equal('Nguyễn Văn An!');
  });
});
