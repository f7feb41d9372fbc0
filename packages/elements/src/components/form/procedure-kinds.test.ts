// <hoso-procedure> with every container and display kind: a group around an address field
// (province and commune lists from a registered data set), Markdown content, a repeater and a
// computed fee, walked through with the wizard's own buttons.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { SchemaValidator } from '@hoso/core/precompiled';
import type { HosoAddressField } from '../address-field/address-field.js';
import { TEST_UNITS } from '../address-field/test-units.js';
import { registerUnits } from '../address-field/units.js';
import type { HosoComputedField } from '../computed-field/computed-field.js';
import type { HosoRepeater } from '../repeater/repeater.js';
import type { HosoProcedure } from '../procedure/procedure.js';
import '../procedure/procedure.js';

const TODAY = '2026-11-22';
// Everything but the address is answered up front; the children step shows for divorced people.
const PREFILLED = {
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-05-01',
  idNumber: '001090012345',
  maritalStatus: 'divorced',
  divorceDate: '2020-01-01',
  copyCount: 1,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON fixture edited by the tests
let definition: Record<string, any>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  definition.steps[0].elements.unshift({
    type: 'content',
    key: 'intro',
    text: { vi: '## Trước khi bắt đầu\n\nChuẩn bị *căn cước*.', en: 'Have your *ID card* ready.' },
  });
  definition.steps[0].elements.find((e: { key: string }) => e.key === 'address').elements[0].units =
    'vn-2025-07';
  registerUnits('vn-2025-07', TEST_UNITS);
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

async function wizard(): Promise<HosoProcedure> {
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      lang="vi"
      today=${TODAY}
      no-drafts
      .definition=${definition}
      .schemaValidator=${schemaValidator}
      .values=${PREFILLED}
    ></hoso-procedure>`,
  );
  await settle(el);
  return el;
}

async function settle(el: HosoProcedure): Promise<void> {
  await el.updateComplete;
  const form = el.shadowRoot!.querySelector('hoso-form');
  await form?.updateComplete;
  await aTimeout(0);
  for (const child of form?.shadowRoot!.querySelectorAll<
    HTMLElement & { updateComplete?: unknown }
  >('*') ?? [])
    await child.updateComplete;
}

const form = (el: HosoProcedure) => el.shadowRoot!.querySelector('hoso-form')!;
const inForm = <T extends Element>(el: HosoProcedure, selector: string): T =>
  form(el).shadowRoot!.querySelector<T>(selector)!;
const next = (el: HosoProcedure) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue')!.click();

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<hoso-procedure> with content, group, address, repeater and computed elements', () => {
  it('draws the first step with content and the address lists, and is accessible', async () => {
    const el = await wizard();
    const content = inForm<HTMLElement>(el, 'hoso-content').shadowRoot!;
    expect(content.querySelector('h3')!.textContent).to.equal('Trước khi bắt đầu');
    expect(content.querySelector('em')!.textContent).to.equal('căn cước');
    const address = inForm<HosoAddressField>(el, 'hoso-address-field');
    expect(address.shadowRoot!.querySelectorAll('select')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('links the address error in the summary to its province list', async () => {
    const el = await wizard();
    next(el);
    await settle(el);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).to.contain('Nơi cư trú');
    const link = [...summary.querySelectorAll('a')].find((a) =>
      a.textContent!.includes('Nơi cư trú'),
    )!;
    link.click();
    await settle(el);
    const address = inForm<HosoAddressField>(el, 'hoso-address-field');
    expect(address.shadowRoot!.activeElement).to.equal(address.shadowRoot!.querySelector('select'));
    expect(address.shadowRoot!.querySelector('.error')!.textContent).to.contain('Lỗi:');
  });

  it('goes through the address, the children list and the computed fee', async () => {
    const el = await wizard();
    const address = inForm<HosoAddressField>(el, 'hoso-address-field');
    const [province, commune] = address.shadowRoot!.querySelectorAll('select');
    choose(province!, '01');
    await settle(el);
    choose(commune!, '00004');
    await settle(el);
    next(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.error-summary'), 'step 1 is complete').to.equal(null);

    const kids = inForm<HosoRepeater>(el, 'hoso-repeater');
    kids.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await settle(el);
    next(el);
    await settle(el);
    const summary = el.shadowRoot!.querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Tên con');
    const name = kids.querySelector<HTMLElement>('[name="kids.0.name"]')!;
    const input = name.shadowRoot!.querySelector('input')!;
    input.value = 'Nguyễn Thị Bình';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const age = kids.querySelector<HTMLElement>('[name="kids.0.age"]')!;
    const ageInput = age.shadowRoot!.querySelector('input')!;
    ageInput.value = '4';
    ageInput.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    next(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.error-summary'), 'step 2 is complete').to.equal(null);

    const fee = inForm<HosoComputedField>(el, 'hoso-computed-field');
    expect(fee.shadowRoot!.querySelector('output')!.textContent!.trim()).to.equal('8.000 đồng');
    expect(el.formStore!.getState().values).to.deep.include({
      address: { residence: { province: '01', commune: '00004' } },
      kids: [{ name: 'Nguyễn Thị Bình', age: 4 }],
    });
  });
});
