// Spec → JSON Schema (draft-07, what JSON Forms and RJSF read). Dependent fields are required
// only while the driver is not the hiding value: `if` the driver hides them, `else` they apply.

/** @typedef {import('../spec.mjs').FormSpec} FormSpec @typedef {import('../spec.mjs').FieldSpec} FieldSpec */

/** @param {FieldSpec} field */
export function propertySchema(field) {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return {
        type: 'string',
        title: field.label,
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
        ...(field.pattern !== undefined ? { pattern: field.pattern } : {}),
      };
    case 'number':
      return { type: 'number', title: field.label, minimum: field.minimum, maximum: field.maximum };
    case 'date':
      return { type: 'string', title: field.label, format: 'date' };
    case 'email':
      return { type: 'string', title: field.label, format: 'email' };
    case 'select':
      return { type: 'string', title: field.label, enum: field.options };
    case 'checkbox':
      return { type: 'boolean', title: field.label };
  }
  throw new Error(`propertySchema: unknown kind ${field.kind}`);
}

/** The condition under which dependent fields are hidden. */
export function hidingCondition(/** @type {FormSpec} */ spec) {
  return {
    properties: { [spec.driver]: { const: spec.hidingValue } },
    required: [spec.driver],
  };
}

/**
 * @param {FormSpec} spec
 * @param {{ dependentsInElse: boolean }} options `true` puts the dependent fields' properties in
 *   the `else` branch (RJSF draws them from there); `false` keeps every property at the top
 *   (JSON Forms controls point at `#/properties/<key>`).
 */
export function toJsonSchema(spec, { dependentsInElse }) {
  const top = spec.fields.filter((f) => !(dependentsInElse && f.dependent));
  const dependent = spec.fields.filter((f) => f.dependent);
  const requiredDependents = dependent.filter((f) => f.required).map((f) => f.key);
  return {
    type: 'object',
    properties: Object.fromEntries(top.map((f) => [f.key, propertySchema(f)])),
    required: spec.fields.filter((f) => f.required && !f.dependent).map((f) => f.key),
    if: hidingCondition(spec),
    else: {
      ...(dependentsInElse
        ? { properties: Object.fromEntries(dependent.map((f) => [f.key, propertySchema(f)])) }
        : {}),
      required: requiredDependents,
    },
  };
}
