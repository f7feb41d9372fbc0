import type { ErrorObject } from 'ajv';
import definitionSchema from '../schemas/definition.schema.json' with { type: 'json' };
import validateDefinition from './generated/meta-validator.js';

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Validates a definition against the meta-schema. The validator is precompiled at build time
 * (scripts/gen-meta-validator.mjs), so checking a definition never needs `eval` and works under
 * a strict Content-Security-Policy.
 */
export function validateAgainstMetaSchema(json: unknown): ErrorObject[] {
  const validate = validateDefinition as GeneratedValidator;
  return validate(json) ? [] : [...(validate.errors ?? [])];
}

export { definitionSchema };
