// The definition format's types and the helpers that read definitions, without the checkers:
// `@hoso/schema/model` is what code running a procedure in the browser may import statically,
// so that the meta-schema validators (`checkDefinition`, `checkOverlay`) stay in a chunk of their
// own that is loaded only when a definition must be checked there.
export type * from './generated/definition.js';
export { message, hasMessage } from './catalog.js';
export { toPointer, type LocalizedMessage, type Problem } from './problem.js';
export { readRule, type RuleVar, type RuleReading } from './rules/read-rule.js';
export { FORMAT_OPERATORS, ITERATING_OPERATORS } from './rules/format-operators.js';
export {
  walkElements,
  isObject,
  NON_VALUE_TYPES,
  CONTAINER_TYPES,
  type ElementVisit,
} from './walk.js';
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
