import { msg, type Lang } from '../../internal/i18n.js';

/** The value types a `computed` element declares. */
export type ComputedValueType = 'text' | 'number' | 'money' | 'boolean';

const GROUPED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * A computed value as a citizen reads it: money in đồng with Vietnamese grouping
 * (`1.250.000 đồng`), numbers grouped the same way, ISO dates as dd/mm/yyyy, yes/no in words.
 * Nothing computed yet reads as such, never as an empty box.
 */
export function formatComputed(value: unknown, valueType: ComputedValueType, lang: Lang): string {
  if (value === undefined || value === null || value === '') return msg('computed.empty', lang);
  if (typeof value === 'number' && Number.isFinite(value)) {
    const grouped = GROUPED.format(value);
    return valueType === 'money' ? `${grouped} ${msg('money.unit', lang)}` : grouped;
  }
  if (typeof value === 'boolean') return msg(value ? 'review.yes' : 'review.no', lang);
  if (typeof value === 'string') {
    const date = ISO_DATE.exec(value);
    return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
  }
  return msg('computed.empty', lang);
}
