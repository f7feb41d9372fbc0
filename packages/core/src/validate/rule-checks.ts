import type { Element } from '@hoso/schema';
import { evaluate, isTruthy } from '../rules/index.js';
import { fieldError, type PendingError } from './error-builder.js';
import type { FieldState } from './field-state.js';
import { isPlainObject } from './normalise.js';

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * The checks that depend on other answers or on the date: required (and required-when),
 * date bounds (`today` is the date in Asia/Ho_Chi_Minh), options hidden by their own rule,
 * and the definition's own checks. Only shown and enabled fields are checked.
 */
export function ruleCheckErrors(
  fields: readonly FieldState[],
  data: Record<string, unknown>,
  today: string,
): PendingError[] {
  const errors: PendingError[] = [];
  for (const field of fields) {
    if (!field.visible || !field.enabled || !field.node.holdsValue) continue;
    const value = valueAt(data, field.path);
    if (isEmpty(value, field.node.type)) {
      if (field.required)
        errors.push(fieldError(field.node, field.path, field.order, requiredCode(field.node.type)));
      else if (value === undefined && field.node.type === 'repeater') {
        // A repeater has no `required`: its minItems is how many items it asks for, so a list
        // left out counts as an empty one (the schema's minItems only sees lists that are sent).
        const limit = minItemsOf(field.node.element);
        if (limit > 0)
          errors.push(fieldError(field.node, field.path, field.order, 'minItems', { limit }));
      }
      continue;
    }
    const element = field.node.element;
    if (element.type === 'date' && typeof value === 'string' && ISO_DATE.test(value)) {
      errors.push(...dateBoundErrors(field, element, value, today));
    }
    if ('options' in element) errors.push(...hiddenOptionErrors(field, element.options, value));
    if ('checks' in element && element.checks) {
      for (const check of element.checks) {
        const passed = passes(check.rule, field.scope);
        if (passed instanceof Error) {
          errors.push(
            fieldError(field.node, field.path, field.order, 'rule-error', {
              reason: passed.message,
            }),
          );
        } else if (!passed) {
          const error = fieldError(field.node, field.path, field.order, `check.${check.key}`);
          errors.push({
            ...error,
            message: { vi: check.message.vi, en: check.message.en ?? check.message.vi },
          });
        }
      }
    }
  }
  return errors;
}

function dateBoundErrors(
  field: FieldState,
  element: Extract<Element, { type: 'date' }>,
  value: string,
  today: string,
): PendingError[] {
  const errors: PendingError[] = [];
  const min = element.minimum === 'today' ? today : element.minimum;
  const max = element.maximum === 'today' ? today : element.maximum;
  if (min !== undefined && value < min) {
    errors.push(
      fieldError(field.node, field.path, field.order, 'minimum.date', { limit: displayDate(min) }),
    );
  }
  if (max !== undefined && value > max) {
    errors.push(
      fieldError(field.node, field.path, field.order, 'maximum.date', { limit: displayDate(max) }),
    );
  }
  return errors;
}

function hiddenOptionErrors(
  field: FieldState,
  options: readonly { value: string; visibleWhen?: unknown }[],
  value: unknown,
): PendingError[] {
  const chosen = Array.isArray(value) ? value : [value];
  const hidden = options.filter(
    (o) =>
      o.visibleWhen !== undefined &&
      chosen.includes(o.value) &&
      passes(o.visibleWhen, field.scope) !== true,
  );
  return hidden.length > 0 ? [fieldError(field.node, field.path, field.order, 'enum')] : [];
}

/** A rule's verdict; a failing rule is returned as its error so that it is reported, not lost. */
function passes(rule: unknown, scope: unknown): boolean | Error {
  try {
    return isTruthy(evaluate(rule, scope));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function requiredCode(type: string): string {
  if (type === 'checkbox') return 'required.checkbox';
  if (type === 'select' || type === 'radio' || type === 'checkboxes') return 'required.choice';
  if (type === 'file') return 'required.file';
  return 'required';
}

/** The fewest items a list answer (checkboxes, files, repeater) must have; 0 when unset. */
function minItemsOf(element: Element): number {
  return 'minItems' in element && typeof element.minItems === 'number' ? element.minItems : 0;
}

/** Whether a field counts as unanswered: absent, an unticked box, an empty list. */
export function isEmpty(value: unknown, type: string): boolean {
  if (value === undefined) return true;
  // A checkbox sent as "yes" is a type error (reported by the schema), not an unticked box.
  if (type === 'checkbox') return value === false;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isPlainObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** dd/mm/yyyy, as dates are shown in Vietnam. */
function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
