export { evaluate } from './evaluate.js';
export { collectVars } from './collect-vars.js';
export { isRule } from './is-rule.js';
export { KNOWN_OPERATORS } from './operator-table.js';
export { RuleError, type RuleErrorCode } from './rule-error.js';
export { DEFAULT_LIMITS, type EvaluateOptions } from './options.js';
export { isTruthy } from './coerce.js';
