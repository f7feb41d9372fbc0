// Spec → form-js schema: one component per field, `conditional.hide` FEEL on the driver.

/** @typedef {import('../spec.mjs').FormSpec} FormSpec @typedef {import('../spec.mjs').FieldSpec} FieldSpec */

const TYPES = {
  text: 'textfield',
  number: 'number',
  date: 'datetime',
  email: 'textfield',
  select: 'select',
  checkbox: 'checkbox',
  textarea: 'textarea',
};

/** @param {FormSpec} spec */
export function toFormJs(spec) {
  return {
    type: 'default',
    id: `Form_bench_${spec.count}`,
    schemaVersion: 18,
    components: spec.fields.map((field) => component(field, spec)),
  };
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
  if (field.kind === 'email') validate.validationType = 'email';
  /** @type {Record<string, unknown>} */
  const out = { type: TYPES[field.kind], id: `Field_${field.key}`, key: field.key, validate };
  if (field.kind === 'date') Object.assign(out, { subtype: 'date', dateLabel: field.label });
  else out.label = field.label;
  if (field.kind === 'select')
    out.values = (field.options ?? []).map((value) => ({ label: `Option ${value}`, value }));
  if (field.dependent) out.conditional = { hide: `=${spec.driver} = "${spec.hidingValue}"` };
  return out;
}
