// The definition format: its types, the helpers that read definitions (`./model.js`) and the
// checkers built on the meta-schemas.
export * from './model.js';
export { checkDefinition, type CheckResult } from './check-definition.js';
export { definitionSchema } from './meta-validator.js';
export { describeSchemaError } from './schema-error-messages.js';
export { checkPattern } from './safe-pattern.js';
export { checkOverlay } from './overlay/check-overlay.js';
export { overlaySchema } from './overlay/validator.js';
