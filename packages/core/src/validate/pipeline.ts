import type { CompiledProcedure } from '../compile/compile-procedure.js';
import type { FieldNode } from '../compile/field-tree.js';
import { withDefaultDelivery } from './default-delivery.js';
import { fieldError, type PendingError } from './error-builder.js';
import { evaluateForm } from './evaluate-form.js';
import type { FieldState } from './field-state.js';
import { computeFees } from './fees.js';
import { isPlainObject, normaliseSubmission } from './normalise.js';
import type { ValidationResult } from './result.js';
import { ruleCheckErrors, isEmpty } from './rule-checks.js';
import { mapSchemaErrors } from './schema-errors.js';
import { todayInVietnam } from './today.js';

export interface ValidateOptions {
  /** The date (ISO) that `today` means in date bounds; defaults to today in Asia/Ho_Chi_Minh. */
  today?: string;
}

/**
 * The one validation pipeline, the same in the browser and on the server:
 * normalise (NFC, trim, drop empty answers) → drop values of hidden and disabled fields →
 * recompute computed values → JSON Schema check → rule checks → errors with field paths and
 * messages in Vietnamese and English, in document order.
 */
export function validateSubmission(
  compiled: CompiledProcedure,
  submission: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  return runPipeline(compiled, submission, options).result;
}

/** The pipeline's result plus what renderers need: each field's state and each step's visibility. */
export interface PipelineRun {
  result: ValidationResult;
  fields: FieldState[];
  stepVisible: boolean[];
}

export function runPipeline(
  compiled: CompiledProcedure,
  submission: unknown,
  options: ValidateOptions = {},
): PipelineRun {
  const roots = rootsOf(compiled);
  const normalised = normaliseSubmission(submission, roots);
  if (!isPlainObject(normalised)) {
    return {
      result: notAnObject(),
      fields: [],
      stepVisible: compiled.definition.steps.map(() => true),
    };
  }
  const form = evaluateForm(
    compiled.definition.steps,
    compiled.tree,
    withDefaultDelivery(compiled.definition, normalised),
    compiled.ruleInputs,
  );
  const data = form.data;

  const errors: PendingError[] = [];
  for (const failure of form.ruleFailures) {
    const node = form.fields.find((f) => f.order === failure.order)?.node;
    errors.push(
      fieldError(node, failure.path, failure.order, 'rule-error', { reason: failure.reason }),
    );
  }
  if (form.unstable)
    errors.push(fieldError(undefined, [], -1, 'rule-error', { reason: 'rules do not settle' }));

  if (!compiled.validateSchema(data)) {
    const fields = new Map<string, FieldState>(form.fields.map((f) => [f.id, f]));
    errors.push(
      ...mapSchemaErrors(compiled.validateSchema.errors ?? [], fields, compiled.documentNodes),
    );
  }
  errors.push(...ruleCheckErrors(form.fields, data, options.today ?? todayInVietnam()));

  const requiredDocuments = documentsRequired(compiled, data, errors);
  const fees = computeFees(compiled.definition, data);
  for (const key of fees.invalid) {
    errors.push(fieldError(undefined, [], -1, 'fee-invalid', { fee: key }));
  }

  const sorted = dedupe(errors).sort((a, b) => a.order - b.order);
  const result: ValidationResult = {
    valid: sorted.length === 0,
    errors: sorted.map(({ order: _order, ...error }) => error),
    data,
    dropped: form.dropped,
    fees: { lines: fees.lines, total: fees.total },
    requiredDocuments,
  };
  return { result, fields: form.fields, stepVisible: form.stepVisible };
}

function documentsRequired(
  compiled: CompiledProcedure,
  data: Record<string, unknown>,
  errors: PendingError[],
): string[] {
  const attached = isPlainObject(data['$documents']) ? data['$documents'] : {};
  const required: string[] = [];
  for (const doc of compiled.definition.documents ?? []) {
    const node = compiled.documentNodes.get(doc.key)!;
    let needed = doc.required === true;
    if (doc.requiredWhen !== undefined) {
      const verdict = compiled.test(doc.requiredWhen, data);
      if (verdict instanceof Error) {
        errors.push(
          fieldError(node, ['$documents', doc.key], node.order, 'rule-error', {
            reason: verdict.message,
          }),
        );
      } else {
        needed = verdict;
      }
    }
    if (!needed) continue;
    required.push(doc.key);
    const files = Object.hasOwn(attached, doc.key) ? attached[doc.key] : undefined;
    if (isEmpty(files, 'file'))
      errors.push(fieldError(node, ['$documents', doc.key], node.order, 'required.file'));
  }
  return required;
}

const rootsCache = new WeakMap<CompiledProcedure, FieldNode[]>();

/** The root nodes of every step in one list, computed once per compiled procedure. */
function rootsOf(compiled: CompiledProcedure): FieldNode[] {
  let roots = rootsCache.get(compiled);
  if (!roots) {
    roots = compiled.tree.flat();
    rootsCache.set(compiled, roots);
  }
  return roots;
}

/** One error per path and code: the schema and the rules can notice the same thing. */
function dedupe(errors: PendingError[]): PendingError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const id = `${e.path}\u0000${e.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function notAnObject(): ValidationResult {
  const error = fieldError(undefined, [], -1, 'type');
  const { order: _order, ...rest } = error;
  return {
    valid: false,
    errors: [
      {
        ...rest,
        message: {
          vi: 'Dữ liệu gửi lên phải là một đối tượng JSON.',
          en: 'The submission must be a JSON object.',
        },
      },
    ],
    data: {},
    dropped: [],
    fees: { lines: [], total: 0 },
    requiredDocuments: [],
  };
}
