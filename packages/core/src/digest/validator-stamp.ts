import { isKnownDigest, jsonDigest } from './json-digest.js';

/**
 * Properties of a standalone validate function that say what it was built from, set by
 * `buildProcedureValidator` (`hoso compile`, the intake server):
 * - `checkedDefinition`: the digest of the definition it was compiled from — compiling checked
 *   that definition, so the same definition need not be checked again where it runs;
 * - `dataSchema`: the digest of the data schema it validates, so a definition whose data differs
 *   (another procedure, a field added since) is refused instead of being validated wrongly.
 */
export interface ValidatorStamps {
  checkedDefinition?: string;
  dataSchema?: string;
}

/** Whether the validator was built from this very definition, which was checked then. */
export function vouchesForDefinition(validator: unknown, definition: unknown): boolean {
  const stamp = stampsOf(validator).checkedDefinition;
  return stamp !== undefined && safeDigest(definition) === stamp;
}

/** False only when the validator says it validates another data schema than this one. */
export function fitsDataSchema(validator: unknown, dataSchema: unknown): boolean {
  const stamp = stampsOf(validator).dataSchema;
  return stamp === undefined || safeDigest(dataSchema) === stamp;
}

/** The stamps of a validate function this version can read. */
export function stampsOf(validator: unknown): ValidatorStamps {
  if (typeof validator !== 'function') return {};
  const { checkedDefinition, dataSchema } = validator as ValidatorStamps;
  return {
    ...(isKnownDigest(checkedDefinition) ? { checkedDefinition } : {}),
    ...(isKnownDigest(dataSchema) ? { dataSchema } : {}),
  };
}

/** The digest, or undefined for a value that is not JSON data (a cycle, too deep a nesting). */
function safeDigest(value: unknown): string | undefined {
  try {
    return jsonDigest(value);
  } catch {
    return undefined;
  }
}
