import type { LocalizedMessage } from '@hoso/schema';
import { compile } from '../compile/compile.js';
import { isJsonObject } from '../overlay/json-pointer.js';
import type { ValidateOptions } from '../validate/pipeline.js';
import type { ValidationError } from '../validate/result.js';
import { pruneDraft } from './prune.js';

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
  message: LocalizedMessage;
  /** The validation error behind `invalid` and `newly-required`. */
  error?: ValidationError;
}

export interface DraftMigration {
  data: Record<string, unknown>;
  attention: DraftAttention[];
}

/**
 * Carries a citizen's draft over to a new version of its definition: keeps the answers that still
 * fit, drops answers to removed fields, and flags what the citizen must look at again. What "no
 * longer fits" means is decided by the real pipeline — `compile(new).validate` — and only errors
 * the old version did not already report are flagged (a draft is allowed to be incomplete).
 * Both definitions must pass checkDefinition (DefinitionError otherwise).
 */
export function migrateDraft(
  oldDefinition: unknown,
  newDefinition: unknown,
  draftData: unknown,
  options: ValidateOptions = {},
): DraftMigration {
  const before = compile(oldDefinition);
  const after = compile(newDefinition);
  if (!isJsonObject(draftData)) {
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
  const { data, dropped } = pruneDraft(draftData, after, before);
  const attention: DraftAttention[] = dropped.map((d) => ({ ...d }));

  const oldRun = before.validate(draftData, options);
  const newRun = after.validate(data, options);
  const known = new Set(oldRun.errors.map((e) => `${e.path}|${e.code}`));
  for (const error of newRun.errors) {
    if (known.has(`${error.path}|${error.code}`)) continue;
    const answered = valueAt(data, error.path) !== undefined;
    if (!answered && error.code.startsWith('required')) {
      attention.push({
        path: error.path,
        code: 'newly-required',
        message: {
          vi: `Phiên bản mới của thủ tục cần thêm thông tin: ${error.message.vi}`,
          en: `The new version of the procedure asks for more: ${error.message.en}`,
        },
        error,
      });
    } else {
      attention.push({
        path: error.path,
        code: 'invalid',
        message: {
          vi: `Câu trả lời không còn hợp lệ ở phiên bản mới: ${error.message.vi}`,
          en: `The answer no longer passes in the new version: ${error.message.en}`,
        },
        error,
      });
    }
  }
  const hiddenBefore = new Set(oldRun.dropped);
  for (const path of newRun.dropped) {
    if (hiddenBefore.has(path)) continue;
    attention.push({
      path,
      code: 'hidden',
      message: {
        vi: `Ở phiên bản mới, trường ${path} đang bị ẩn với các câu trả lời hiện tại nên câu trả lời này sẽ không được nộp.`,
        en: `In the new version the field ${path} is hidden for the current answers, so this answer will not be submitted.`,
      },
    });
  }
  return { data, attention };
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
