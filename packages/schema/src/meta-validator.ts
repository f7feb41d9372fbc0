import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import definitionSchema from '../schemas/definition.schema.json' with { type: 'json' };

let validator: ValidateFunction | undefined;

/** Validates a definition against the meta-schema; compiled once, on first use. */
export function validateAgainstMetaSchema(json: unknown): ErrorObject[] {
  validator ??= compileMetaSchema();
  return validator(json) ? [] : [...(validator.errors ?? [])];
}

function compileMetaSchema(): ValidateFunction {
  // `discriminator` picks the element schema by `type`, so an element gets the errors of its
  // own kind instead of one error per kind it is not.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    discriminator: true,
  });
  addFormats.default(ajv, ['date', 'uri']);
  return ajv.compile(definitionSchema);
}

export { definitionSchema };
