export type * from './generated/definition.js';
export { checkDefinition, type CheckResult } from './check-definition.js';
export { message, hasMessage } from './catalog.js';
export { toPointer, type LocalizedMessage, type Problem } from './problem.js';
export { definitionSchema } from './meta-validator.js';
export { describeSchemaError } from './schema-error-messages.js';
export { checkPattern } from './safe-pattern.js';
export { readRule, type RuleVar, type RuleReading } from './rules/read-rule.js';
export { FORMAT_OPERATORS, ITERATING_OPERATORS } from './rules/format-operators.js';
export {
  walkElements,
  isObject,
  NON_VALUE_TYPES,
  CONTAINER_TYPES,
  type ElementVisit,
} from './walk.js';
