// Spec → react-jsonschema-form: a JSON Schema whose dependent fields live in an if/else branch
// on the driver, and a UI schema for the textareas.

import { toJsonSchema } from './json-schema.mjs';

/** @typedef {import('../spec.mjs').FormSpec} FormSpec */

/** @param {FormSpec} spec */
export function toRjsf(spec) {
  return {
    schema: toJsonSchema(spec, { dependentsInElse: true }),
    uiSchema: Object.fromEntries(
      spec.fields
        .filter((f) => f.kind === 'textarea')
        .map((f) => [f.key, { 'ui:widget': 'textarea' }]),
    ),
  };
}
