import type { ProcedureDefinition } from '../generated/definition.js';
import type { Problem } from '../problem.js';
import { checkPattern } from '../safe-pattern.js';
import { isObject, walkElements } from '../walk.js';
import { buildFieldIndex } from './field-index.js';
import { problem, type Segments } from './problem-builder.js';

/** Constraints that make sense one by one but not together, and unsafe patterns. */
export function constraintProblems(definition: ProcedureDefinition): Problem[] {
  const problems: Problem[] = [];
  const { documentKeys } = buildFieldIndex(definition);

  walkElements(definition, ({ element, pointer }) => {
    const e = element as unknown as Record<string, unknown>;
    if (typeof e['pattern'] === 'string') {
      const verdict = checkPattern(e['pattern']);
      if (!verdict.ok) {
        problems.push({
          ...problem([...pointer, 'pattern'], verdict.code, '', ''),
          message: verdict.message,
        });
      }
    }
    for (const [low, high] of [
      ['minLength', 'maxLength'],
      ['minimum', 'maximum'],
      ['minItems', 'maxItems'],
    ] as const) {
      const a = e[low];
      const b = e[high];
      if (comparable(a, b) && (a as number) > (b as number)) {
        problems.push(
          problem(
            [...pointer, low],
            'empty-range',
            `"${low}" (${String(a)}) lớn hơn "${high}" (${String(b)}): không giá trị nào thỏa mãn.`,
            `"${low}" (${String(a)}) is greater than "${high}" (${String(b)}): no value can satisfy both.`,
          ),
        );
      }
    }
    if (e['required'] === true && 'requiredWhen' in e) {
      problems.push(
        problem(
          [...pointer, 'requiredWhen'],
          'required-conflict',
          'Chỉ dùng một trong hai: "required" hoặc "requiredWhen".',
          'Use either "required" or "requiredWhen", not both.',
        ),
      );
    }
    checkDefaultInOptions(problems, e, pointer);
    if (typeof e['document'] === 'string' && !documentKeys.has(e['document'])) {
      problems.push(
        problem(
          [...pointer, 'document'],
          'unknown-document',
          `Giấy tờ "${e['document']}" không có trong danh sách "documents".`,
          `The document "${e['document']}" is not in the "documents" list.`,
        ),
      );
    }
  });

  if (Array.isArray(definition.steps)) {
    definition.steps.forEach((step, i) => {
      if (isObject(step) && 'visibleWhen' in step && isConstantFalse(step.visibleWhen)) {
        problems.push(
          problem(
            ['steps', i, 'visibleWhen'],
            'unreachable-step',
            'Điều kiện hiển thị luôn sai: người dân sẽ không bao giờ thấy bước này.',
            'The condition is always false: citizens will never see this step.',
          ),
        );
      }
    });
  }
  return problems;
}

function comparable(a: unknown, b: unknown): boolean {
  return (
    (typeof a === 'number' && typeof b === 'number') ||
    (typeof a === 'string' && typeof b === 'string' && a !== 'today' && b !== 'today')
  );
}

function checkDefaultInOptions(
  problems: Problem[],
  e: Record<string, unknown>,
  at: Segments,
): void {
  if (!Array.isArray(e['options']) || !('default' in e)) return;
  const values = new Set(e['options'].filter(isObject).map((o) => o['value']));
  const defaults = Array.isArray(e['default']) ? e['default'] : [e['default']];
  for (const value of defaults) {
    if (!values.has(value)) {
      problems.push(
        problem(
          [...at, 'default'],
          'default-not-an-option',
          `Giá trị mặc định ${JSON.stringify(value)} không phải là một lựa chọn.`,
          `The default ${JSON.stringify(value)} is not one of the options.`,
        ),
      );
    }
  }
}

/** Literal values JSON Logic treats as false: the step's rule can never pass. */
function isConstantFalse(rule: unknown): boolean {
  return (
    rule === false ||
    rule === null ||
    rule === 0 ||
    rule === '' ||
    (Array.isArray(rule) && rule.length === 0)
  );
}
