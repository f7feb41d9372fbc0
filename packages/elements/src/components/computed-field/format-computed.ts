import { msg, type Lang } from '../../internal/i18n.js';
import { formatDayMonthYear } from '../date-field/day-month-year.js';
import { formatMoney } from '../fee-summary/fee-summary.js';

/** The value types a `computed` element declares. */
export type ComputedValueType = 'text' | 'number' | 'money' | 'boolean';

// Money and dates go through the fields' own formatters, so a computed amount or date reads
// exactly like an answered one; plain numbers keep every decimal a rule worked out.
const GROUPED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/**
 * A computed value as a citizen reads it: money in đồng with Vietnamese grouping
 * (`1.250.000 đồng`), numbers grouped the same way, ISO dates as dd/mm/yyyy, yes/no in words.
 * Nothing computed yet reads as such, never as an empty box.
 */
export function formatComputed(value: unknown, valueType: ComputedValueType, lang: Lang): string {
  if (value === undefined || value === null || value === '') return msg('computed.empty', lang);
  if (typeof value === 'number' && Number.isFinite(value))
    return valueType === 'money' ? formatMoney(value, lang) : GROUPED.format(value);
  if (typeof value === 'boolean') return msg(value ? 'review.yes' : 'review.no', lang);
  if (typeof value === 'string') return formatDayMonthYear(value) ?? value;
  return msg('computed.empty', lang);
}
