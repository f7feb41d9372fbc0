// Spec → SurveyJS survey JSON: one page, `visibleIf` expressions on the driver.

/** @typedef {import('../spec.mjs').FormSpec} FormSpec @typedef {import('../spec.mjs').FieldSpec} FieldSpec */

/** @param {FormSpec} spec */
export function toSurveyJs(spec) {
  return {
    showQuestionNumbers: 'off',
    elements: spec.fields.map((field) => question(field, spec)),
  };
}

/** @param {FieldSpec} field @param {FormSpec} spec */
function question(field, spec) {
  /** @type {Record<string, unknown>} */
  const out = { name: field.key, title: field.label };
  switch (field.kind) {
    case 'text':
      Object.assign(out, { type: 'text' });
      break;
    case 'number':
      Object.assign(out, { type: 'text', inputType: 'number' });
      break;
    case 'date':
      Object.assign(out, { type: 'text', inputType: 'date' });
      break;
    case 'email':
      Object.assign(out, { type: 'text', inputType: 'email', validators: [{ type: 'email' }] });
      break;
    case 'select':
      Object.assign(out, {
        type: 'dropdown',
        choices: (field.options ?? []).map((value) => ({ value, text: `Option ${value}` })),
      });
      break;
    case 'checkbox':
      Object.assign(out, { type: 'boolean', renderAs: 'checkbox' });
      break;
    case 'textarea':
      Object.assign(out, { type: 'comment' });
      break;
  }
  if (field.required) out.isRequired = true;
  if (field.pattern !== undefined) out.validators = [{ type: 'regex', regex: field.pattern }];
  if (field.maxLength !== undefined) out.maxLength = field.maxLength;
  if (field.minimum !== undefined) out.min = field.minimum;
  if (field.maximum !== undefined) out.max = field.maximum;
  if (field.dependent) out.visibleIf = `{${spec.driver}} <> '${spec.hidingValue}'`;
  return out;
}
