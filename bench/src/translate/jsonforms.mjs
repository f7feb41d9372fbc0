// Spec → JSON Forms: a JSON Schema and a vertical-layout UI schema whose dependent controls
// carry a HIDE rule on the driver.

import { toJsonSchema } from './json-schema.mjs';

/** @typedef {import('../spec.mjs').FormSpec} FormSpec */

/** @param {FormSpec} spec */
export function toJsonForms(spec) {
  const rule = {
    effect: 'HIDE',
    condition: { scope: `#/properties/${spec.driver}`, schema: { const: spec.hidingValue } },
  };
  return {
    schema: toJsonSchema(spec, { dependentsInElse: false }),
    uischema: {
      type: 'VerticalLayout',
      elements: spec.fields.map((field) => ({
        type: 'Control',
        scope: `#/properties/${field.key}`,
        ...(field.kind === 'textarea' ? { options: { multi: true } } : {}),
        ...(field.dependent ? { rule } : {}),
      })),
    },
  };
}
