import type { Element } from '@hoso/schema';
import type { FormSnapshot } from '@hoso/core/precompiled';
import { localize, msg, type Lang } from '../../internal/i18n.js';
import { getAt } from '../../internal/paths.js';
import { formatAddress } from '../address-field/format-address.js';
import { formatDayMonthYear } from '../date-field/day-month-year.js';
import { knownUnits } from '../address-field/units.js';
import { formatComputed } from '../computed-field/format-computed.js';
import { formatMoney } from '../fee-summary/fee-summary.js';
import { repeaterItemName } from '../repeater/repeater.js';

export interface ReviewRow {
  path: string;
  label: string;
  value: string;
}

/**
 * One row per answered or unanswered visible field of `elements`: groups flattened, each
 * repeater item's fields labelled with the item's name ("Con 2 — Tên con").
 */
export function reviewRows(
  elements: Element[],
  base: string,
  snapshot: FormSnapshot,
  lang: Lang,
  itemName = '',
): ReviewRow[] {
  return elements.flatMap((element) => {
    const path = base ? `${base}.${element.key}` : element.key;
    const view = snapshot.fields.get(path);
    if (element.type === 'content' || (view && !view.visible)) return [];
    if (element.type === 'group')
      return reviewRows(element.elements, path, snapshot, lang, itemName);
    if (element.type === 'repeater') return repeaterRows(element, path, snapshot, lang);
    if (!view && element.type !== 'computed') return [];
    const source = element.type === 'computed' ? snapshot.result.data : snapshot.values;
    const label = localize(element.label, lang);
    return [
      {
        path,
        label: itemName ? `${itemName} — ${label}` : label,
        value: display(element, getAt(source, path), lang),
      },
    ];
  });
}

function repeaterRows(
  repeater: Extract<Element, { type: 'repeater' }>,
  path: string,
  snapshot: FormSnapshot,
  lang: Lang,
): ReviewRow[] {
  const items = getAt(snapshot.values, path);
  const label = localize(repeater.label, lang);
  if (!Array.isArray(items) || items.length === 0)
    return [{ path, label, value: msg('review.empty', lang) }];
  return items.flatMap((_item, i) =>
    reviewRows(
      repeater.elements,
      `${path}.${i}`,
      snapshot,
      lang,
      repeaterItemName(repeater.itemLabel, i, lang),
    ),
  );
}

/** An answer as the citizen reads it: option labels, dd/mm/yyyy dates, đồng, file names. */
export function display(element: Element, value: unknown, lang: Lang): string {
  // A computed value reads on the review page exactly as in its own field.
  if (element.type === 'computed') return formatComputed(value, element.valueType, lang);
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return msg('review.empty', lang);
  const options = 'options' in element ? element.options : undefined;
  const optionLabel = (v: unknown): string =>
    localize(options?.find((o) => o.value === v)?.label, lang) || String(v);
  if (typeof value === 'boolean') return msg(value ? 'review.yes' : 'review.no', lang);
  if (element.type === 'file' && Array.isArray(value)) return fileNames(value);
  if (Array.isArray(value)) return value.map(optionLabel).join(', ');
  if (typeof value === 'number')
    return element.type === 'money' ? formatMoney(value, lang) : String(value);
  // Only a real ISO date is rewritten: anything else is shown exactly as it was typed.
  if (element.type === 'date' && typeof value === 'string')
    return formatDayMonthYear(value) ?? value;
  if (options) return optionLabel(value);
  if (element.type === 'address')
    return formatAddress(value, element.units ? knownUnits(element.units) : undefined, lang);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The names of attached files (their references), comma-separated. */
export function fileNames(refs: readonly unknown[]): string {
  return refs
    .map((ref) => (typeof ref === 'object' && ref !== null ? (ref as { name?: unknown }).name : ''))
    .filter((name): name is string => typeof name === 'string' && name !== '')
    .join(', ');
}
