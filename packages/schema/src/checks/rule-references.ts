import type { ProcedureDefinition } from '../generated/definition.js';
import type { Problem } from '../problem.js';
import { readRule } from '../rules/read-rule.js';
import { isObject, walkElements } from '../walk.js';
import { buildFieldIndex, resolveVar, rulesOf, type FieldIndex } from './field-index.js';
import { problem, type Segments } from './problem-builder.js';

/**
 * Every rule must use the format's operators and read fields that exist. A step's
 * `visibleWhen` may only read answers from earlier steps: the wizard decides whether to show
 * a step before the citizen has seen the later ones.
 */
export function ruleReferenceProblems(definition: ProcedureDefinition): Problem[] {
  const index = buildFieldIndex(definition);
  const problems: Problem[] = [];

  walkElements(definition, ({ element, pointer, dataPath, repeaters }) => {
    const scope = repeaters.length > 0 ? itemScope(dataPath) : undefined;
    for (const { rule, at } of rulesOf(element)) {
      checkRule(problems, index, rule, [...pointer, ...at], scope);
    }
  });

  if (Array.isArray(definition.steps)) {
    definition.steps.forEach((step, stepIndex) => {
      if (!isObject(step) || !('visibleWhen' in step)) return;
      const at = ['steps', stepIndex, 'visibleWhen'];
      checkRule(problems, index, step.visibleWhen, at, undefined, (visit, path, where) => {
        if (visit.stepIndex < stepIndex) return;
        problems.push(
          problem(
            where,
            'step-reads-later-answer',
            `Điều kiện hiển thị của bước này đọc "${path}", một câu trả lời ở bước này hoặc bước sau; điều kiện chỉ được dựa vào các bước trước.`,
            `This step's condition reads "${path}", an answer given on this step or a later one; it may only depend on earlier steps.`,
          ),
        );
      });
    });
  }

  forEachTopLevelRule(definition, (rule, at) => checkRule(problems, index, rule, at, undefined));
  return problems;
}

/** The data path of the innermost repeater item around an element. */
function itemScope(dataPath: readonly string[]): string[] {
  return dataPath.slice(0, dataPath.lastIndexOf('*') + 1);
}

function forEachTopLevelRule(
  definition: ProcedureDefinition,
  each: (rule: unknown, at: Segments) => void,
): void {
  if (Array.isArray(definition.fees)) {
    definition.fees.forEach((fee, i) => {
      if (isObject(fee) && isObject(fee.amount) && 'rule' in fee.amount) {
        each(fee.amount.rule, ['fees', i, 'amount', 'rule']);
      }
    });
  }
  if (Array.isArray(definition.documents)) {
    definition.documents.forEach((doc, i) => {
      if (isObject(doc) && 'requiredWhen' in doc)
        each(doc.requiredWhen, ['documents', i, 'requiredWhen']);
    });
  }
}

function checkRule(
  problems: Problem[],
  index: FieldIndex,
  rule: unknown,
  at: Segments,
  scope: readonly string[] | undefined,
  onField?: (
    visit: Exclude<ReturnType<typeof resolveVar>, string | undefined>,
    path: string,
    where: Segments,
  ) => void,
): void {
  const reading = readRule(rule);
  for (const p of reading.problems) {
    const where = [...at, ...p.pointer];
    if (p.code === 'unknown-operator') {
      problems.push(
        problem(
          where,
          'unknown-operator',
          `Toán tử "${p.detail}" không có trong JSON Logic mà định nghĩa cho phép.`,
          `The operator "${p.detail}" is not one of the JSON Logic operators a definition may use.`,
        ),
      );
    } else if (p.code === 'dynamic-var') {
      problems.push(
        problem(
          where,
          'dynamic-var',
          'Tên trường trong "var" phải là một chuỗi cố định để có thể kiểm tra.',
          'The field name in "var" must be a fixed string so that it can be checked.',
        ),
      );
    } else {
      problems.push(
        problem(
          where,
          'malformed-rule',
          `Quy tắc sai cấu trúc: ${p.detail}.`,
          `Malformed rule: ${p.detail}.`,
        ),
      );
    }
  }
  for (const v of reading.vars) {
    const where = [...at, ...v.pointer];
    const target = resolveVar(index, v.path, scope);
    if (target === undefined) {
      problems.push(
        problem(
          where,
          'unknown-field',
          `Quy tắc đọc trường "${v.path}" nhưng không có trường nào như vậy.`,
          `The rule reads "${v.path}", but there is no such field.`,
        ),
      );
    } else if (typeof target !== 'string') {
      onField?.(target, v.path, where);
    }
  }
}
