import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { compile, type SchemaValidator } from '@hoso/core/precompiled';
import type { HosoSubmitEvent } from '../../events/hoso-submit.js';
import type { HosoFieldElement } from '../../internal/hoso-field-element.js';
import type { HosoProcedure } from './procedure.js';
import './procedure.js';

const TODAY = '2026-11-22';
// What a portal supplies for parts the wizard does not draw yet (address, documents).
const PREFILLED = {
  copyCount: 1,
  address: {
    residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' },
  },
  $documents: {
    idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 100 }],
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON fixture edited by the tests
let definition: Record<string, any>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

async function wizard(def: unknown = definition, lang = 'vi'): Promise<HosoProcedure> {
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      lang=${lang}
      today=${TODAY}
      no-drafts
      .definition=${def}
      .schemaValidator=${schemaValidator}
      .values=${PREFILLED}
    ></hoso-procedure>`,
  );
  await settle(el);
  return el;
}

async function settle(el: HosoProcedure): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    for (const inner of el.shadowRoot!.querySelectorAll('hoso-form, hoso-documents'))
      await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await aTimeout(0);
  }
}

const form = (el: HosoProcedure) => el.shadowRoot!.querySelector('hoso-form')!;
const field = (el: HosoProcedure, key: string) =>
  form(el).shadowRoot!.querySelector<HosoFieldElement>(`[name="${key}"]`)!;
const button = (el: HosoProcedure, cls: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`)!;

/** Every id in the document and in every shadow root under it. */
function allIds(root: Document | ShadowRoot): string[] {
  const ids: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.id) ids.push(node.id);
    if (node.shadowRoot) ids.push(...allIds(node.shadowRoot));
  }
  return ids;
}

describe('<hoso-procedure>', () => {
  beforeEach(() => localStorage.clear());

  it('shows the first step with its progress and is accessible', async () => {
    const el = await wizard();
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('Bước 1/4');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Người nộp');
    await expect(el).to.be.accessible();
  });

  it('switches its UI strings with lang', async () => {
    const el = await wizard(definition, 'en');
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('Step 1 of 4');
    expect(button(el, 'continue').textContent).to.contain('Continue');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Applicant');
  });

  it('shows a focused error summary whose links focus the field', async () => {
    const el = await wizard();
    button(el, 'continue').click();
    await settle(el);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Nhập họ và tên của bạn.');
    const fullName = field(el, 'fullName');
    expect(fullName.shadowRoot!.querySelector('.error')!.textContent).to.contain('Lỗi:');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    await settle(el);
    expect(form(el).shadowRoot!.activeElement).to.equal(fullName);
    expect(fullName.shadowRoot!.activeElement!.tagName).to.equal('INPUT');
  });

  it('goes through household.json by keyboard to the review page and submits the cleaned data', async () => {
    const el = await wizard();
    field(el, 'fullName').focus();
    await sendKeys({ type: 'Nguyễn Văn An' });
    // The date input's segments depend on the browser locale: set it through the field.
    const birth = field(el, 'birthDate').shadowRoot!.querySelector('input')!;
    birth.value = '1990-05-01';
    birth.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field(el, 'idNumber').focus();
    await sendKeys({ type: '001090012345' });
    await sendKeys({ press: 'Tab' }); // phone (optional)
    await sendKeys({ press: 'Tab' }); // first radio
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(field(el, 'maritalStatus').value).to.equal('single');
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.error-summary'), 'no errors on step 1').to.equal(null);
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('Bước 2/4');
    field(el, 'declaration').focus();
    await sendKeys({ press: 'Space' });
    field(el, 'email').focus();
    await sendKeys({ type: 'an@gmail.com' });
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Giấy tờ kèm theo');
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Nhận kết quả');
    el.shadowRoot!.querySelector<HTMLElement>('[name="$delivery"]')!.focus();
    await sendKeys({ press: 'Space' });
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Kiểm tra thông tin');
    expect(el.shadowRoot!.textContent).to.contain('01/05/1990');
    expect(el.shadowRoot!.textContent).to.contain('Chưa kết hôn');
    await expect(el).to.be.accessible();

    const values = el.formStore!.getState().values;
    const expected = compile(definition, { schemaValidator }).validate(values, {
      today: TODAY,
    });
    expect(expected.valid, JSON.stringify(expected.errors)).to.equal(true);
    button(el, 'submit').focus();
    const submitted = oneEvent(el, 'hoso-submit') as Promise<HosoSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.data).to.deep.equal(expected.data);
    expect(event.detail.data['fullName']).to.equal('Nguyễn Văn An');
  });

  it('change links on the review page go back to the field', async () => {
    const el = await wizard();
    const store = el.formStore!;
    store.setValue('fullName', 'An');
    store.setValue('birthDate', '1990-05-01');
    store.setValue('idNumber', '001090012345');
    store.setValue('maritalStatus', 'single');
    store.setValue('declaration', true);
    store.setValue('$delivery', 'post');
    for (let page = 0; page < 4; page++) {
      button(el, 'continue').click();
      await settle(el);
    }
    const change = el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button.change[data-path="idNumber"]',
    )!;
    change.click();
    await settle(el);
    await aTimeout(10);
    expect(form(el).shadowRoot!.activeElement).to.equal(field(el, 'idNumber'));
  });

  it('renders a hostile label as text', async () => {
    const hostile = structuredClone(definition);
    hostile['steps'][0].elements[0].label.vi = '<img src=x onerror=alert(1)>';
    const el = await wizard(hostile);
    const name = field(el, 'fullName');
    expect(name.shadowRoot!.querySelector('img')).to.equal(null);
    expect(name.shadowRoot!.querySelector('label')!.textContent).to.contain(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('lists the problems of an invalid definition', async () => {
    const broken = structuredClone(definition);
    broken['steps'][0].elements[1].key = 'fullName';
    const el = await wizard(broken);
    const panel = el.shadowRoot!.querySelector('[part="problems"]')!;
    expect(panel.textContent).to.contain('/steps/0/elements/1');
    expect(el.shadowRoot!.querySelector('hoso-form')).to.equal(null);
  });

  it('two procedures on one page share no ids', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <hoso-procedure
          today=${TODAY}
          no-drafts
          .definition=${definition}
          .schemaValidator=${schemaValidator}
        ></hoso-procedure>
        <hoso-procedure
          today=${TODAY}
          no-drafts
          .definition=${definition}
          .schemaValidator=${schemaValidator}
        ></hoso-procedure>
      </div>`,
    );
    for (const el of container.querySelectorAll('hoso-procedure'))
      await settle(el as HosoProcedure);
    const ids = allIds(document);
    expect(ids.length).to.be.greaterThan(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
  });
});
