// Spec → Form.io form JSON: one component per field, `conditional` (simple form) on the driver.
// Form.io's datetime component fetches flatpickr from a CDN at run time (outside its bundle,
// and impossible offline), so dates are text fields with an ISO-date pattern.

/** @typedef {import('../spec.mjs').FormSpec} FormSpec @typedef {import('../spec.mjs').FieldSpec} FieldSpec */

const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const TYPES = {
  text: 'textfield',
  number: 'number',
  date: 'textfield',
  email: 'email',
  select: 'select',
  checkbox: 'checkbox',
  textarea: 'textarea',
};

/** @param {FormSpec} spec */
export function toFormio(spec) {
  return { display: 'form', components: spec.fields.map((field) => component(field, spec)) };
}

/** @param {FieldSpec} field @param {FormSpec} spec */
function component(field, spec) {
  /** @type {Record<string, unknown>} */
  const validate = {};
  if (field.required) validate.required = true;
  if (field.pattern !== undefined) validate.pattern = field.pattern;
  if (field.maxLength !== undefined) validate.maxLength = field.maxLength;
  if (field.minimum !== undefined) validate.min = field.minimum;
  if (field.maximum !== undefined) validate.max = field.maximum;
  /** @type {Record<string, unknown>} */
  const out = {
    type: TYPES[field.kind],
    key: field.key,
    label: field.label,
    input: true,
    validate,
  };
  if (field.kind === 'date') validate.pattern = ISO_DATE;
  if (field.kind === 'select')
    Object.assign(out, {
      widget: 'html5',
      dataSrc: 'values',
      data: { values: (field.options ?? []).map((value) => ({ label: `Option ${value}`, value })) },
    });
  if (field.dependent) out.conditional = { show: false, when: spec.driver, eq: spec.hidingValue };
  return out;
}
