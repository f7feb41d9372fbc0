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
export { checkOverlay } from './overlay/check-overlay.js';
export { overlaySchema } from './overlay/validator.js';
export { targetKind, describeTarget, kindName } from './overlay/target.js';
export {
  ITEM_KINDS,
  ITEM_KEY,
  PROCEDURE_PROPERTIES,
  POSITIONS,
  KEYED_LIST_POINTERS,
  type ItemKind,
  type TargetKind,
  type ProcedureProperty,
  type Position,
  type OverlayTarget,
  type OverlayChange,
  type SetChange,
  type AddChange,
  type RemoveChange,
  type MoveChange,
  type JsonPatchChange,
  type JsonPatchOperation,
  type ProcedureOverlay,
} from './overlay/format.js';
