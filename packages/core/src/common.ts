// Everything in @hoso/core that needs neither ajv nor eval nor the definition checker: shared by
// every entry point, and all a page running a procedure loads.
export {
  type CompiledProcedure,
  type CompileOptions,
  type SchemaValidator,
} from './compile/compile-procedure.js';
export { DefinitionError } from './compile/definition-error.js';
export { UncheckedDefinitionError } from './compile/unchecked-definition-error.js';
export { canonicalJson } from './digest/canonical-json.js';
export { jsonDigest } from './digest/json-digest.js';
export {
  vouchesForDefinition,
  fitsDataSchema,
  stampsOf,
  type ValidatorStamps,
} from './digest/validator-stamp.js';
export type { FieldNode } from './compile/field-tree.js';
export { VALUE_PATTERNS } from './compile/value-formats.js';
export {
  validateSubmission,
  runPipeline,
  type ValidateOptions,
  type PipelineRun,
} from './validate/pipeline.js';
export type { ValidationResult, ValidationError, FeeLine } from './validate/result.js';
export type { FieldState } from './validate/field-state.js';
export { todayInVietnam } from './validate/today.js';
export {
  createFormStore,
  defaultValues,
  type FormStore,
  type FormSnapshot,
  type FieldView,
  type StepView,
  type FormStoreOptions,
} from './state/form-store.js';
export { buildFlowModel, type FlowModel } from './flow/flow-model.js';
export {
  evaluate,
  collectVars,
  isRule,
  isTruthy,
  KNOWN_OPERATORS,
  RuleError,
  type RuleErrorCode,
  type EvaluateOptions,
} from './rules/index.js';
export { FORBIDDEN_SCHEMA_KEYWORDS } from './validator/forbidden-keywords.js';
export {
  addWorkingDays,
  workingDaysBetween,
  isWorkingDay,
  type WorkingCalendar,
} from './calendar/working-days.js';
export { VIETNAM_CALENDAR } from './calendar/vietnam.js';
export type { OverlayProblem } from './overlay/problems.js';
export type { ProvenanceEntry } from './overlay/provenance.js';
export {
  applyJsonPatch,
  applyJsonPatchInPlace,
  JsonPatchError,
  type JsonPatchErrorCode,
} from './overlay/json-patch.js';
export { parsePointer, formatPointer, JsonPointerError } from './overlay/json-pointer.js';
export { satisfiesRange } from './overlay/semver-range.js';
export { requiredBump, isVersionSufficient } from './diff/bump.js';
export {
  parseVersion,
  compareVersions,
  bumpVersion,
  formatVersion,
  type SemVer,
  type Bump,
} from './diff/semver.js';
export type { DefinitionChange, DefinitionDiff, ChangeKind } from './diff/types.js';
export {
  carryDraftOver,
  errorKeys,
  type CompiledMigrationOptions,
  type DraftFinding,
} from './migrate/carry-draft.js';
export {
  migrateCompiledDraft,
  type DraftMigration,
  type DraftAttention,
} from './migrate/migrate-compiled.js';
export { attentionMessage } from './migrate/attention-messages.js';
