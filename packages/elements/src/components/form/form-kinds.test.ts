// <hoso-form> drawing every container and display kind of the household fixture (group,
// address, repeater, computed) plus a Markdown content element, through a real form store.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import {
  compile,
  createFormStore,
  type FormStore,
  type SchemaValidator,
} from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';
import type { HosoAddressField } from '../address-field/address-field.js';
import { TEST_UNITS } from '../address-field/test-units.js';
import type { HosoComputedField } from '../computed-field/computed-field.js';
import type { HosoRepeater } from '../repeater/repeater.js';
import type { HosoForm } from './form.js';
import './form.js';

const TODAY = '2026-11-22';
const NOTE = {
  type: 'content',
  key: 'note',
  text: {
    vi: 'Nhập **đúng** địa chỉ.\n\n- Xem [hướng dẫn](/huong-dan)\n- [độc](javascript:alert(1))',
    en: 'Enter your **exact** address.',
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON fixture edited by the tests
let definition: Record<string, any>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  // A content element changes no data: the precompiled validator still fits.
  definition.steps[0].elements.splice(6, 0, NOTE, {
    type: 'content',
    key: 'marriedNote',
    visibleWhen: { '==': [{ var: 'maritalStatus' }, 'single'] },
    text: { vi: 'Mang theo *giấy đăng ký kết hôn*.' },
  });
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

async function drawStep(
  step: number,
  values: Record<string, unknown> = {},
  lang = 'vi',
): Promise<{ form: HosoForm; store: FormStore }> {
  const compiled = compile(definition, { schemaValidator, checkDefinition });
  // The children step is shown to divorced applicants only.
  const store = createFormStore(compiled, {
    today: TODAY,
    values: { maritalStatus: 'divorced', ...values },
  });
  const form = await fixture<HosoForm>(
    html`<hoso-form
      lang=${lang}
      id-prefix="f"
      .compiled=${compiled}
      .store=${store}
      .snapshot=${store.getState()}
      .step=${step}
      .units=${TEST_UNITS}
    ></hoso-form>`,
  );
  store.subscribe((snapshot) => (form.snapshot = snapshot));
  return { form, store };
}

async function settle(form: HosoForm): Promise<void> {
  await form.updateComplete;
  await aTimeout(0);
  for (const el of form.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: unknown }>(
    '*',
  ))
    await el.updateComplete;
}

const $ = <T extends Element>(form: HosoForm, selector: string): T =>
  form.shadowRoot!.querySelector<T>(selector)!;

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<hoso-form> with groups, addresses and content', () => {
  it('draws Markdown content safely, and a group around the address field', async () => {
    const { form } = await drawStep(0);
    const content = $<HTMLElement>(form, 'hoso-content').shadowRoot!;
    expect(content.querySelector('strong')!.textContent).to.equal('đúng');
    expect([...content.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/huong-dan',
    ]);
    const group = $<HTMLElement>(form, 'hoso-group');
    expect(group.shadowRoot!.querySelector('legend')!.textContent).to.equal('Địa chỉ');
    expect(group.querySelector('hoso-address-field')!.getAttribute('name')).to.equal(
      'address.residence',
    );
    await expect(form).to.be.accessible();
  });

  it('shows content only while its visibleWhen rule holds', async () => {
    const { form, store } = await drawStep(0);
    const notes = () => form.shadowRoot!.querySelectorAll('hoso-content');
    expect(notes()).to.have.length(1);
    store.setValue('maritalStatus', 'single');
    await settle(form);
    expect(notes()).to.have.length(2);
    expect(notes()[1]!.shadowRoot!.querySelector('em')!.textContent).to.equal(
      'giấy đăng ký kết hôn',
    );
  });

  it('sends the chosen address to the store; errors show after leaving it', async () => {
    const { form, store } = await drawStep(0);
    const address = $<HosoAddressField>(form, 'hoso-address-field');
    const [province, commune] = address.shadowRoot!.querySelectorAll('select');
    province!.focus();
    choose(province!, '01');
    await settle(form);
    expect(store.getState().values).to.deep.include({ address: { residence: { province: '01' } } });
    expect(address.errors).to.deep.equal([]);
    province!.blur();
    await settle(form);
    expect(address.errors.map((e) => e.path)).to.deep.equal(['address.residence.commune']);
    expect(commune!.getAttribute('aria-invalid')).to.equal('true');
    choose(commune!, '00008');
    await settle(form);
    expect(store.getState().values['address']).to.deep.equal({
      residence: { province: '01', commune: '00008' },
    });
    expect(address.errors).to.deep.equal([]);
  });

  it('focuses the address from an error summary link', async () => {
    const { form, store } = await drawStep(0);
    store.next();
    await settle(form);
    expect(form.focusField('address.residence')).to.equal(true);
    const address = $<HosoAddressField>(form, 'hoso-address-field');
    expect(address.shadowRoot!.activeElement).to.equal(address.shadowRoot!.querySelector('select'));
  });
});

describe('<hoso-form> with a repeater', () => {
  it('adds an item whose fields reach the store, with errors per item path', async () => {
    const { form, store } = await drawStep(1, {}, 'en');
    const repeater = $<HosoRepeater>(form, 'hoso-repeater');
    repeater.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await settle(form);
    await aTimeout(50);
    expect(store.getState().values['kids']).to.deep.equal([{}]);
    const name = repeater.querySelector<HTMLElement>('[name="kids.0.name"]')!;
    expect(name.id).to.equal('f-kids-0-name');
    expect(name.shadowRoot!.activeElement, 'focus is in the new item').to.not.equal(null);
    expect(repeater.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Item 1');
    store.submit();
    await settle(form);
    const errors = (name as unknown as { errors: { path: string }[] }).errors;
    expect(errors.map((e) => e.path)).to.deep.equal(['kids.0.name']);
    await expect(form).to.be.accessible();
  });

  it('moves and removes items in the store', async () => {
    const kids = [
      { name: 'An', age: 3 },
      { name: 'Bình', age: 5 },
    ];
    const { form, store } = await drawStep(1, { kids });
    const repeater = $<HosoRepeater>(form, 'hoso-repeater');
    repeater.shadowRoot!.querySelector<HTMLButtonElement>('button.down')!.click();
    await settle(form);
    expect(store.getState().values['kids']).to.deep.equal([kids[1], kids[0]]);
    const first = repeater.querySelector<HTMLElement & { value: string }>('[name="kids.0.name"]')!;
    expect(first.value).to.equal('Bình');
    repeater.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(form);
    expect(store.getState().values['kids']).to.deep.equal([kids[0]]);
    expect(repeater.querySelectorAll('[slot]')).to.have.length(1);
  });

  it('stops adding at maxItems from the definition', async () => {
    const { form } = await drawStep(1, { kids: [{}, {}, {}] });
    const repeater = $<HosoRepeater>(form, 'hoso-repeater');
    expect(repeater.shadowRoot!.querySelector('button.add')).to.equal(null);
    expect(repeater.shadowRoot!.textContent).to.contain('(3)');
  });
});

describe('<hoso-form> with a computed value', () => {
  it('shows the fee in đồng and announces a change', async () => {
    const { form, store } = await drawStep(2, { copyCount: 1 });
    const fee = $<HosoComputedField>(form, 'hoso-computed-field');
    const output = fee.shadowRoot!.querySelector('output')!;
    expect(output.textContent!.trim()).to.equal('8.000 đồng');
    store.setValue('copyCount', 3);
    await settle(form);
    expect(output.textContent!.trim()).to.equal('24.000 đồng');
    expect(fee.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(
      'Phí bản sao: 24.000 đồng',
    );
  });
});
