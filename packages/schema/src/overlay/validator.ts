import type { ErrorObject } from 'ajv';
import overlaySchema from '../../schemas/overlay.schema.json' with { type: 'json' };
import validateOverlay from '../generated/overlay-validator.js';

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Validates an overlay against overlay.schema.json with a validator precompiled at build time
 * (scripts/gen-meta-validator.mjs): no `eval`, so it runs under a strict CSP like checkDefinition.
 */
export function validateAgainstOverlaySchema(json: unknown): ErrorObject[] {
  const validate = validateOverlay as GeneratedValidator;
  return validate(json) ? [] : [...(validate.errors ?? [])];
}

export { overlaySchema };
