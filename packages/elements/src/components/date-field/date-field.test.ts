import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { todayInVietnam } from '@hoso/core/precompiled';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoDateField } from './date-field.js';
import './date-field.js';

runFormControlTests({
  tag: 'hoso-date-field',
  element: {
    type: 'date',
    key: 'answer',
    label: { vi: 'Ngày sinh', en: 'Date of birth' },
  },
  value: '1990-05-01',
  formData: ['1990-05-01'],
  empty: '',
});

const BIRTH_DATE = {
  type: 'date',
  key: 'birthDate',
  label: { vi: 'Ngày sinh', en: 'Date of birth' },
  autocomplete: 'bday',
};

async function inForm(value = ''): Promise<{ form: HTMLFormElement; field: HosoDateField }> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <hoso-date-field name="d" .element=${BIRTH_DATE} value=${value}></hoso-date-field>
      <button type="button">Next</button>
    </form>`,
  );
  const field = form.querySelector('hoso-date-field')!;
  await field.updateComplete;
  return { form, field };
}

const textInput = (field: HosoDateField): HTMLInputElement =>
  field.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
const pickerButton = (field: HosoDateField): HTMLButtonElement | null =>
  field.shadowRoot!.querySelector<HTMLButtonElement>('button');
const picker = (field: HosoDateField): HTMLInputElement =>
  field.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;

/** Types into the field with the real keyboard, then leaves it with Tab. */
async function typeAndLeave(field: HosoDateField, text: string): Promise<void> {
  textInput(field).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await field.updateComplete;
}

describe('<hoso-date-field>', () => {
  it('is a text input for digits with the autocomplete of its element', async () => {
    const { field } = await inForm();
    const input = textInput(field);
    expect(input.type).to.equal('text');
    expect(input.inputMode).to.equal('numeric');
    expect(input.autocomplete).to.equal('bday');
  });

  for (const [typed, iso] of [
    ['25/12/1990', '1990-12-25'],
    ['5/1/1990', '1990-01-05'],
    ['05-01-1990', '1990-01-05'],
    ['5.1.1990', '1990-01-05'],
    ['05011990', '1990-01-05'],
  ] as const)
    it(`reads ${typed} as ${iso}, shows it as dd/mm/yyyy once left and submits ISO`, async () => {
      const { form, field } = await inForm();
      await typeAndLeave(field, typed);
      expect(field.value).to.equal(iso);
      const [y, m, d] = iso.split('-');
      expect(textInput(field).value).to.equal(`${d}/${m}/${y}`);
      expect(new FormData(form).getAll('d')).to.deep.equal([iso]);
      expect(field.checkValidity()).to.equal(true);
    });

  it('fires input while typing and change when left', async () => {
    const { field } = await inForm();
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    let changes = 0;
    field.addEventListener('change', () => changes++);
    await typeAndLeave(field, '1/2/2000');
    expect(inputs.length).to.equal('1/2/2000'.length);
    expect(inputs.at(-1)).to.equal('2000-02-01');
    expect(changes).to.equal(1);
  });

  for (const typed of ['31/02/2024', '13/13/2020', 'abc', '25/12/90'])
    it(`keeps ${typed} as typed and reports bad input, shown once left`, async () => {
      const { form, field } = await inForm();
      textInput(field).focus();
      await sendKeys({ type: typed });
      await field.updateComplete;
      expect(field.value).to.equal(typed);
      expect(field.validity.badInput).to.equal(true);
      expect(field.validity.valueMissing).to.equal(false);
      expect(field.validationMessage).to.equal('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 25/12/1990.');
      expect(form.checkValidity()).to.equal(false);
      expect(field.shadowRoot!.querySelector('.error'), 'no error while typing').to.equal(null);

      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      const input = textInput(field);
      expect(input.value).to.equal(typed);
      const error = field.shadowRoot!.querySelector('.error')!;
      expect(error.textContent).to.contain('Lỗi:');
      expect(error.textContent).to.contain('Nhập ngày theo dạng dd/mm/yyyy');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      // Submitted as typed, never as '' (which would read as "not answered").
      expect(new FormData(form).getAll('d')).to.deep.equal([typed]);
      await expect(field).to.be.accessible();
    });

  it('reports bad input rather than a missing answer when required', async () => {
    const { field } = await inForm();
    field.required = true;
    await field.updateComplete;
    expect(field.validity.valueMissing).to.equal(true);
    await typeAndLeave(field, '30/02/2020');
    expect(field.validity.valueMissing).to.equal(false);
    expect(field.validity.badInput).to.equal(true);
  });

  it('reports the form store message while it gives one, keeping badInput', async () => {
    const { field } = await inForm('31/02/2024');
    field.errors = [
      {
        path: 'd',
        pointer: '/d',
        code: 'format.date',
        message: {
          vi: 'Ngày sinh phải là một ngày hợp lệ.',
          en: 'Date of birth must be a real date.',
        },
      },
    ];
    await field.updateComplete;
    expect(field.validity.badInput).to.equal(true);
    expect(field.validity.customError).to.equal(true);
    expect(field.validationMessage).to.equal('Ngày sinh phải là một ngày hợp lệ.');
    expect(field.shadowRoot!.querySelectorAll('.error').length).to.equal(1);
  });

  it('shows a value given from outside as dd/mm/yyyy and a bad one as it is', async () => {
    const { field } = await inForm('2024-02-29');
    expect(textInput(field).value).to.equal('29/02/2024');
    field.value = '31/02/2024';
    await field.updateComplete;
    expect(textInput(field).value).to.equal('31/02/2024');
    expect(field.validity.badInput).to.equal(true);
    field.value = '';
    await field.updateComplete;
    expect(textInput(field).value).to.equal('');
    expect(field.validity.valid).to.equal(true);
  });

  it('forgets typed text on reset and takes a restored value', async () => {
    const { form, field } = await inForm();
    await typeAndLeave(field, 'xyz');
    form.reset();
    await field.updateComplete;
    expect(textInput(field).value).to.equal('');
    expect(field.shadowRoot!.querySelector('.error')).to.equal(null);
    expect(field.validity.valid).to.equal(true);
    field.formStateRestoreCallback('2001-09-02');
    await field.updateComplete;
    expect(textInput(field).value).to.equal('02/09/2001');
  });

  for (const lang of ['vi', 'en'] as const)
    it(`shows dd/mm/yyyy and the format in a lang="${lang}" page`, async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = lang;
      try {
        const { field } = await inForm('1990-12-25');
        expect(textInput(field).value).to.equal('25/12/1990');
        const hint = field.shadowRoot!.querySelector('[part="format-hint"]')!;
        expect(hint.textContent!.trim()).to.equal(
          lang === 'vi' ? 'Ví dụ: 25/12/1990' : 'For example: 25/12/1990',
        );
        expect(textInput(field).getAttribute('aria-describedby')!.split(' ')).to.include(hint.id);
        expect(pickerButton(field)!.textContent!.trim()).to.equal(
          lang === 'vi' ? 'Chọn ngày' : 'Choose date',
        );
        await expect(field).to.be.accessible();
      } finally {
        document.documentElement.lang = before;
      }
    });

  it('has a labelled calendar button of at least 24×24 px', async () => {
    const { field } = await inForm();
    const button = pickerButton(field)!;
    expect(button.type).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Chọn ngày');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    // Beside the text input, which is sized for ten characters, not the whole line.
    const input = textInput(field).getBoundingClientRect();
    expect(box.left).to.be.at.least(input.right);
    expect(Math.abs(box.top - input.top)).to.be.below(2);
    expect(input.width).to.be.below(250);
    // The native date input only lends its picker: nothing of it is seen.
    const hidden = picker(field);
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(hidden).opacity).to.equal('0');
  });

  it('opens the native picker from the keyboard, with the value and bounds', async () => {
    const { field } = await inForm('2020-03-04');
    field.element = { ...BIRTH_DATE, minimum: '1900-01-01', maximum: 'today' } as typeof BIRTH_DATE;
    await field.updateComplete;
    const date = picker(field);
    let opened = 0;
    date.showPicker = () => void opened++;
    textInput(field).focus();
    await sendKeys({ press: 'Tab' });
    expect(field.shadowRoot!.activeElement).to.equal(pickerButton(field));
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(opened).to.equal(2);
    expect(date.value).to.equal('2020-03-04');
    expect(date.min).to.equal('1900-01-01');
    expect(date.max).to.equal(todayInVietnam());
    expect(date.tabIndex).to.equal(-1);
    // The button does not hold focus: Tab goes on to the next control of the page.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field.form!.querySelector('button'));
  });

  it('keeps the calendar button after Chromium opens its picker for real', async () => {
    const { field } = await inForm();
    pickerButton(field)!.focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(pickerButton(field), 'showPicker() was not refused').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
  });

  it('writes a picked date back as dd/mm/yyyy', async () => {
    const { form, field } = await inForm();
    const date = picker(field);
    date.value = '2024-02-29';
    const changed = oneEvent(field, 'change');
    date.dispatchEvent(new Event('change'));
    await changed;
    await field.updateComplete;
    expect(field.value).to.equal('2024-02-29');
    expect(textInput(field).value).to.equal('29/02/2024');
    expect(new FormData(form).getAll('d')).to.deep.equal(['2024-02-29']);
  });

  it('falls back to typing when the browser refuses the picker', async () => {
    const { field } = await inForm();
    picker(field).showPicker = () => {
      throw new DOMException('cross-origin frame', 'SecurityError');
    };
    pickerButton(field)!.click();
    await field.updateComplete;
    expect(pickerButton(field)).to.equal(null);
    expect(field.shadowRoot!.activeElement).to.equal(textInput(field));
  });

  it('is read-only: the text cannot change and there is no calendar button', async () => {
    const { form, field } = await inForm('1990-12-25');
    field.readonly = true;
    await field.updateComplete;
    expect(textInput(field).readOnly).to.equal(true);
    expect(pickerButton(field)).to.equal(null);
    expect(new FormData(form).getAll('d')).to.deep.equal(['1990-12-25']);
  });

  it('disables the calendar button with the field', async () => {
    const { field } = await inForm();
    field.disabled = true;
    await field.updateComplete;
    expect(pickerButton(field)!.disabled).to.equal(true);
    expect(picker(field).disabled).to.equal(true);
  });
});
