import type { LocalizedMessage } from '@hoso/schema';
import type { CompiledProcedure } from '../compile/compile-procedure.js';
import { isJsonObject } from '../overlay/json-pointer.js';
import type { ValidateOptions } from '../validate/pipeline.js';
import type { ValidationError } from '../validate/result.js';
import { fieldName, labelAt, pruneDraft } from './prune.js';

export interface DraftAttention {
  /** Dotted data path, as in validation errors: `applicant.fullName`, `children.0.age`. */
  path: string;
  /**
   * `removed`: the field is gone, its answer dropped. `retyped`: the field takes another kind of
   * answer, the old one dropped. `invalid`: the answer was kept but no longer passes.
   * `newly-required`: the new version asks for an answer the old one did not need. `hidden`: the
   * answer was kept but the new version hides the field, so it will not be submitted.
   */
  code: 'removed' | 'retyped' | 'invalid' | 'newly-required' | 'hidden';
  /** A sentence for the citizen that names the field and what happened to the answer. */
  message: LocalizedMessage;
  /**
   * The field's label: in the new version, or for `removed` answers in the old one when it was
   * given. Absent for fields without a label and for `$documents` / `$delivery`.
   */
  label?: LocalizedMessage;
  /** The validation error behind `invalid` and `newly-required`. */
  error?: ValidationError;
}

export interface DraftMigration {
  data: Record<string, unknown>;
  attention: DraftAttention[];
}

export interface CompiledMigrationOptions extends ValidateOptions {
  /**
   * `path|code` of the errors the draft already had in its own version (see `errorKeys`): a
   * draft may be incomplete, so only errors it did not already have are flagged. Without it
   * every error is flagged.
   */
  knownErrors?: Iterable<string>;
  /**
   * Paths the draft's own version already hid (its validation's `dropped`). Without it no answer
   * is flagged `hidden`: a newly hidden field cannot be told from one hidden all along.
   */
  knownHidden?: Iterable<string>;
  /** The draft's own version, when at hand: names removed fields by their old label. */
  before?: CompiledProcedure;
}

/** What a draft remembers of its errors: `path|code` of each, the form `knownErrors` takes. */
export function errorKeys(errors: readonly Pick<ValidationError, 'path' | 'code'>[]): string[] {
  return errors.map((e) => `${e.path}|${e.code}`);
}

/**
 * Carries a citizen's draft over to the compiled new version of its definition, with no need for
 * the old definition or ajv (it works with `@hoso/core/precompiled`): keeps the answers that
 * still fit, drops answers to removed or retyped fields, and flags what the citizen must look at
 * again. What "no longer fits" means is decided by the new version's own pipeline
 * (`after.validate`); errors and hidden fields the draft already had are not flagged.
 */
export function migrateCompiledDraft(
  after: CompiledProcedure,
  draftData: unknown,
  options: CompiledMigrationOptions = {},
): DraftMigration {
  const { knownErrors, knownHidden, before, ...validateOptions } = options;
  if (!isJsonObject(draftData)) return notAnObject();
  const { data, dropped } = pruneDraft(draftData, after, before);
  const attention: DraftAttention[] = dropped.map((d) => ({ ...d }));
  const roots = after.tree.flat();
  const labelOf = (path: string): LocalizedMessage | undefined =>
    labelAt(
      roots,
      path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    );

  const run = after.validate(data, validateOptions);
  const known = new Set(knownErrors);
  for (const error of run.errors) {
    if (known.has(`${error.path}|${error.code}`)) continue;
    const answered = valueAt(data, error.path) !== undefined;
    const newlyRequired = !answered && error.code.startsWith('required');
    const label = labelOf(error.path);
    attention.push({
      path: error.path,
      code: newlyRequired ? 'newly-required' : 'invalid',
      message: newlyRequired ? newlyRequiredMessage(error) : invalidMessage(error),
      ...(label ? { label } : {}),
      error,
    });
  }
  if (knownHidden === undefined) return { data, attention };
  const hiddenBefore = new Set(knownHidden);
  for (const path of run.dropped) {
    if (hiddenBefore.has(path)) continue;
    const label = labelOf(path);
    attention.push({
      path,
      code: 'hidden',
      message: hiddenMessage(path, label),
      ...(label ? { label } : {}),
    });
  }
  return { data, attention };
}

function notAnObject(): DraftMigration {
  return {
    data: {},
    attention: [
      {
        path: '',
        code: 'removed',
        message: {
          vi: 'Bản nháp không phải là một đối tượng dữ liệu; không giữ lại được câu trả lời nào.',
          en: 'The draft is not a data object; no answer could be kept.',
        },
      },
    ],
  };
}

function newlyRequiredMessage(error: ValidationError): LocalizedMessage {
  return {
    vi: `Phiên bản mới của thủ tục cần thêm thông tin: ${error.message.vi}`,
    en: `The new version of the procedure asks for more: ${error.message.en}`,
  };
}

function invalidMessage(error: ValidationError): LocalizedMessage {
  return {
    vi: `Câu trả lời không còn hợp lệ ở phiên bản mới: ${error.message.vi}`,
    en: `The answer no longer passes in the new version: ${error.message.en}`,
  };
}

function hiddenMessage(path: string, label: LocalizedMessage | undefined): LocalizedMessage {
  const { vi, en } = fieldName(path, label);
  return {
    vi: `Ở phiên bản mới, trường ${vi} đang bị ẩn với các câu trả lời hiện tại nên câu trả lời này sẽ không được nộp.`,
    en: `In the new version the field ${en} is hidden for the current answers, so this answer will not be submitted.`,
  };
}

function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of path === '' ? [] : path.split('.')) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isJsonObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}
