import type { LocalizedMessage } from '@hoso/schema';
import type { CompiledProcedure } from '../compile/compile-procedure.js';
import { isJsonObject } from '../overlay/json-pointer.js';
import type { ValidateOptions } from '../validate/pipeline.js';
import type { ValidationError } from '../validate/result.js';
import { valueAtDottedPath } from '../rules/data-access.js';
import { labelAt, pruneDraft } from './prune.js';

/** Something about a carried-over answer the citizen must look at again. */
export interface DraftFinding {
  /** Dotted data path, as in validation errors: `applicant.fullName`, `children.0.age`. */
  path: string;
  /**
   * `removed`: the field is gone, its answer dropped. `retyped`: the field takes another kind of
   * answer, the old one dropped. `invalid`: the answer was kept but no longer passes.
   * `newly-required`: the new version asks for an answer the old one did not need. `hidden`: the
   * answer was kept but the new version hides the field, so it will not be submitted.
   */
  code: 'removed' | 'retyped' | 'invalid' | 'newly-required' | 'hidden';
  /**
   * The field's label: in the new version, or for `removed` answers in the old one when it was
   * given. Absent for fields without a label and for `$documents` / `$delivery`.
   */
  label?: LocalizedMessage;
  /** The validation error behind `invalid` and `newly-required`. */
  error?: ValidationError;
}

export interface CompiledMigrationOptions extends ValidateOptions {
  /**
   * `path|code` of the errors the draft already had in its own version (see `errorKeys`): a
   * draft may be incomplete, so only errors it did not already have are flagged. Without it
   * every error is flagged.
   */
  knownErrors?: Iterable<string> | undefined;
  /**
   * Paths the draft's own version already hid (its validation's `dropped`). Without it no answer
   * is flagged `hidden`: a newly hidden field cannot be told from one hidden all along.
   */
  knownHidden?: Iterable<string> | undefined;
  /** The draft's own version, when at hand: names removed fields by their old label. */
  before?: CompiledProcedure | undefined;
}

/** What a draft remembers of its errors: `path|code` of each, the form `knownErrors` takes. */
export function errorKeys(errors: readonly Pick<ValidationError, 'path' | 'code'>[]): string[] {
  return errors.map((e) => `${e.path}|${e.code}`);
}

/**
 * Carries a draft over to the compiled new version of its definition and lists what the citizen
 * must look at again, without the sentences `migrateCompiledDraft` adds: for interfaces that
 * sort or filter findings first and word each with `attentionMessage`. A draft that is not an
 * object keeps nothing and gives one `removed` finding at the path `''`.
 */
export function carryDraftOver(
  after: CompiledProcedure,
  draftData: unknown,
  options: CompiledMigrationOptions = {},
): { data: Record<string, unknown>; findings: DraftFinding[] } {
  const { knownErrors, knownHidden, before, ...validateOptions } = options;
  if (!isJsonObject(draftData)) return { data: {}, findings: [{ path: '', code: 'removed' }] };
  const { data, dropped } = pruneDraft(draftData, after, before);
  const findings: DraftFinding[] = dropped.map((d) => ({ ...d }));
  const roots = after.tree.flat();
  const withLabel = (path: string): { label?: LocalizedMessage } => {
    const label = labelAt(
      roots,
      path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    );
    return label ? { label } : {};
  };

  const run = after.validate(data, validateOptions);
  const known = new Set(knownErrors);
  for (const error of run.errors) {
    if (known.has(`${error.path}|${error.code}`)) continue;
    const unanswered = valueAtDottedPath(data, error.path) === undefined;
    findings.push({
      path: error.path,
      code: unanswered && error.code.startsWith('required') ? 'newly-required' : 'invalid',
      ...withLabel(error.path),
      error,
    });
  }
  if (knownHidden === undefined) return { data, findings };
  const hiddenBefore = new Set(knownHidden);
  for (const path of run.dropped) {
    if (!hiddenBefore.has(path)) findings.push({ path, code: 'hidden', ...withLabel(path) });
  }
  return { data, findings };
}
