// The suite every Hoso field must pass (habit 4): it takes part in a native <form> like a
// native control does.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ValidationError } from '@hoso/core/precompiled';
import type { FieldDefinition, HosoFieldElement } from '../hoso-field-element.js';

export interface FormControlCase {
  tag: string;
  element: FieldDefinition;
  /** A value to give the field, and what `FormData.getAll(name)` then holds. */
  value: unknown;
  formData: string[];
  /** The field's value when nothing is answered. */
  empty: unknown;
}

type Field = HosoFieldElement & { value: unknown };

async function inForm(
  test: FormControlCase,
  attrs: { required?: boolean; readonly?: boolean } = {},
) {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset></fieldset></form>`);
  const field = document.createElement(test.tag) as Field;
  field.name = 'answer';
  field.element = test.element;
  if (attrs.required) field.required = true;
  if (attrs.readonly) field.readonly = true;
  form.querySelector('fieldset')!.append(field);
  await field.updateComplete;
  return { form, field };
}

const ERROR: ValidationError = {
  path: 'answer',
  pointer: '/answer',
  code: 'required',
  message: { vi: 'Nhập câu trả lời.', en: 'Enter an answer.' },
};

export function runFormControlTests(test: FormControlCase): void {
  describe(`<${test.tag}> (${test.element.type}) as a form control`, () => {
    it('is accessible', async () => {
      const { field } = await inForm(test);
      await expect(field).to.be.accessible();
    });

    it('puts its value in the FormData of its form', async () => {
      const { form, field } = await inForm(test);
      expect(new FormData(form).getAll('answer')).to.deep.equal([]);
      field.value = test.value;
      await field.updateComplete;
      expect(new FormData(form).getAll('answer')).to.deep.equal(test.formData);
      expect(field.form).to.equal(form);
    });

    it('goes back to its first value when the form is reset', async () => {
      const { form, field } = await inForm(test);
      field.value = test.value;
      await field.updateComplete;
      form.reset();
      await field.updateComplete;
      expect(field.value).to.deep.equal(test.empty);
      expect(new FormData(form).getAll('answer')).to.deep.equal([]);
    });

    it('is invalid while required and empty, valid once answered', async () => {
      const { form, field } = await inForm(test, { required: true });
      expect(form.checkValidity()).to.equal(false);
      expect(field.validity.valueMissing).to.equal(true);
      expect(field.matches(':invalid')).to.equal(true);
      field.value = test.value;
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('is disabled by a disabled fieldset and leaves the FormData', async () => {
      const { form, field } = await inForm(test);
      field.value = test.value;
      form.querySelector('fieldset')!.disabled = true;
      await field.updateComplete;
      await field.updateComplete;
      const controls =
        field.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea');
      expect(controls.length).to.be.greaterThan(0);
      for (const control of controls) expect(control.matches(':disabled')).to.equal(true);
      expect(new FormData(form).getAll('answer')).to.deep.equal([]);
    });

    it('shows an error with a hidden prefix, aria-invalid and aria-describedby', async () => {
      const { field } = await inForm(test);
      field.errors = [ERROR];
      await field.updateComplete;
      const error = field.shadowRoot!.querySelector('.error')!;
      expect(error.textContent).to.contain('Lỗi:');
      expect(error.textContent).to.contain('Nhập câu trả lời.');
      expect(field.validationMessage).to.equal('Nhập câu trả lời.');
      const described = field.shadowRoot!.querySelector(`[aria-describedby~="${error.id}"]`);
      expect(described, 'something is described by the error').to.not.equal(null);
      await expect(field).to.be.accessible();
    });

    it('sends focus to its control (delegatesFocus)', async () => {
      const { field } = await inForm(test);
      field.focus();
      const active = field.shadowRoot!.activeElement;
      expect(active?.matches('input, select, textarea')).to.equal(true);
    });

    it('read-only: shows the value, still submits it, and is not disabled', async () => {
      const { form, field } = await inForm(test, { readonly: true });
      field.value = test.value;
      await field.updateComplete;
      expect(field.hasAttribute('readonly')).to.equal(true);
      expect(new FormData(form).getAll('answer')).to.deep.equal(test.formData);
      const controls = field.shadowRoot!.querySelectorAll('input, select, textarea, button');
      for (const control of controls) expect(control.matches(':disabled')).to.equal(false);
      // Screen readers hear it: native readonly, or aria-readonly on the control or its group.
      for (const control of field.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea'))
        expect(
          control.readOnly || control.closest('[aria-readonly="true"]') !== null,
          `${control.outerHTML} is announced as read-only`,
        ).to.equal(true);
      expect(field.shadowRoot!.querySelector('select, input[type="file"], button')).to.equal(null);
      await expect(field).to.be.accessible();
    });

    it('read-only: focusable, but typing, clicking and keys change nothing', async () => {
      const { form, field } = await inForm(test, { readonly: true });
      field.value = test.value;
      await field.updateComplete;
      let events = 0;
      field.addEventListener('input', () => events++);
      field.addEventListener('change', () => events++);
      field.focus();
      expect(field.shadowRoot!.activeElement, 'focus reaches the control').to.not.equal(null);
      const targets = field.shadowRoot!.querySelectorAll<HTMLElement>(
        'input, textarea, label, [tabindex="0"]',
      );
      for (const target of targets) {
        target.click();
        target.focus();
        await sendKeys({ type: '7x' });
        for (const key of [' ', 'ArrowDown', 'ArrowRight', 'Backspace', 'Delete'])
          await sendKeys({ press: key });
      }
      await field.updateComplete;
      expect(field.value).to.deep.equal(test.value);
      expect(new FormData(form).getAll('answer')).to.deep.equal(test.formData);
      expect(events).to.equal(0);
      for (const box of field.shadowRoot!.querySelectorAll<HTMLInputElement>(
        'input[type="radio"], input[type="checkbox"]',
      ))
        expect(box.checked, box.value).to.equal(
          typeof test.value === 'boolean' ? test.value : [test.value].flat().includes(box.value),
        );
    });

    it('read-only: barred from constraint validation, like native readonly', async () => {
      const { form, field } = await inForm(test, { required: true, readonly: true });
      expect(field.willValidate).to.equal(false);
      expect(field.validity.valueMissing).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      field.readonly = false;
      await field.updateComplete;
      expect(field.willValidate).to.equal(true);
      expect(field.validity.valueMissing).to.equal(true);
    });

    it('renders a hostile label as text', async () => {
      const { field } = await inForm({
        ...test,
        element: {
          ...test.element,
          label: { vi: '<img src=x onerror=alert(1)>' },
        },
      });
      expect(field.shadowRoot!.querySelector('img')).to.equal(null);
      expect(field.shadowRoot!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });
}
