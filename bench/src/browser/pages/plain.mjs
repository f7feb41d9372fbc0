// The limit: a hand-written DOM renderer of the spec itself, native constraint validation, one
// listener on the driver. Nothing a library could skip.
/* global document, Option  -- runs in the page */
import { runBenchPage } from '../harness.mjs';

const INPUT_TYPES = { text: 'text', number: 'number', date: 'date', email: 'email' };
/** @type {Map<string, { row: HTMLElement, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, error: HTMLElement }>} */
const rows = new Map();

/** @param {import('../../spec.mjs').FieldSpec} field */
function controlFor(field) {
  if (field.kind === 'select') {
    const select = document.createElement('select');
    select.add(new Option('', ''));
    for (const value of field.options ?? []) select.add(new Option(`Option ${value}`, value));
    return select;
  }
  if (field.kind === 'textarea') return document.createElement('textarea');
  const input = document.createElement('input');
  input.type = field.kind === 'checkbox' ? 'checkbox' : INPUT_TYPES[field.kind];
  if (field.pattern !== undefined) input.pattern = field.pattern;
  if (field.minimum !== undefined) input.min = String(field.minimum);
  if (field.maximum !== undefined) input.max = String(field.maximum);
  return input;
}

runBenchPage('plain', {
  render(container, spec) {
    const form = document.createElement('form');
    form.noValidate = true;
    for (const field of spec.fields) {
      const row = document.createElement('div');
      const label = document.createElement('label');
      const control = controlFor(field);
      const error = document.createElement('p');
      control.id = `control-${field.key}`;
      control.name = field.key;
      control.required = field.required;
      if (field.maxLength !== undefined && 'maxLength' in control)
        control.maxLength = field.maxLength;
      label.htmlFor = control.id;
      label.textContent = field.label;
      error.id = `error-${field.key}`;
      control.setAttribute('aria-describedby', error.id);
      row.append(label, control, error);
      form.append(row);
      rows.set(field.key, { row, control, error });
    }
    const dependentRows = spec.fields.filter((f) => f.dependent).map((f) => rows.get(f.key).row);
    rows.get(spec.driver).control.addEventListener('input', (event) => {
      const hide = event.currentTarget.value === spec.hidingValue;
      for (const row of dependentRows) row.hidden = hide;
    });
    container.append(form);
  },
  field: (key) => rows.get(key)?.row,
  control: (key) => rows.get(key)?.control,
  errorShown: (key) => (rows.get(key)?.error.textContent ?? '') !== '',
  validateAll() {
    for (const { row, control, error } of rows.values()) {
      const invalid = !row.hidden && !control.checkValidity();
      control.setAttribute('aria-invalid', String(invalid));
      error.textContent = invalid ? control.validationMessage : '';
    }
  },
});
