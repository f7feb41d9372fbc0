// An unreadable date inside <hoso-form>: the store receives the text as typed, so core's
// `format.date` check refuses it (as the server would) instead of taking it for "not answered".
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { compile, createFormStore, type SchemaValidator } from '@hoso/core/precompiled';
import type { HosoForm } from '../form/form.js';
import type { HosoDateField } from './date-field.js';
import '../form/form.js';

async function drawFirstStep(lang: string) {
  const definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  const schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
  const compiled = compile(definition, { schemaValidator });
  const store = createFormStore(compiled, { today: '2026-11-22' });
  const form = await fixture<HosoForm>(
    html`<hoso-form
      lang=${lang}
      id-prefix="f"
      .compiled=${compiled}
      .store=${store}
      .snapshot=${store.getState()}
    ></hoso-form>`,
  );
  store.subscribe((snapshot) => (form.snapshot = snapshot));
  const field = form.shadowRoot!.querySelector<HosoDateField>('#f-birthDate')!;
  await field.updateComplete;
  return { store, form, field };
}

async function typeAndLeave(form: HosoForm, field: HosoDateField, text: string): Promise<void> {
  field.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await form.updateComplete;
  await aTimeout(0);
  await field.updateComplete;
}

describe('<hoso-date-field> in <hoso-form>', () => {
  it('gives the store an ISO date for a typed dd/mm/yyyy', async () => {
    const { store, form, field } = await drawFirstStep('vi');
    await typeAndLeave(form, field, '25/12/1990');
    expect(store.getState().values['birthDate']).to.equal('1990-12-25');
    expect(store.getState().result.errors.filter((e) => e.path === 'birthDate')).to.deep.equal([]);
  });

  for (const [lang, message] of [
    ['vi', 'Ngày sinh phải là một ngày hợp lệ.'],
    ['en', 'Date of birth must be a real date.'],
  ] as const)
    it(`shows core's format error for an unreadable date (${lang}), not "required"`, async () => {
      const { store, form, field } = await drawFirstStep(lang);
      await typeAndLeave(form, field, '31/02/2024');
      expect(store.getState().values['birthDate']).to.equal('31/02/2024');
      const errors = store.getState().result.errors.filter((e) => e.path === 'birthDate');
      expect(errors.map((e) => e.code)).to.deep.equal(['format.date']);
      const shown = field.shadowRoot!.querySelectorAll('.error');
      expect(shown.length).to.equal(1);
      expect(shown[0]!.textContent).to.contain(message);
      expect(field.validity.badInput).to.equal(true);
      expect(field.validationMessage).to.equal(message);
    });
});
