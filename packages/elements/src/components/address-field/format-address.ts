import { msg, type Lang } from '../../internal/i18n.js';
import type { AdministrativeUnits } from './units.js';

/**
 * An address on one line, as a citizen reads it on a review page or a receipt: street, commune,
 * province, with the units' names when the data set is at hand and their codes otherwise
 * ("12 Hàng Bạc, Phường Ba Đình, Thành phố Hà Nội").
 */
export function formatAddress(
  value: unknown,
  units: AdministrativeUnits | undefined,
  lang: Lang,
): string {
  if (typeof value !== 'object' || value === null) return '';
  const { province, commune, street } = value as Record<string, unknown>;
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const provinceCode = text(province);
  const communeCode = text(commune);
  const provinceName = units?.provinces.find((p) => p.code === provinceCode)?.name;
  const communeName = units?.communes[provinceCode]?.find((c) => c.code === communeCode)?.name;
  return [
    text(street),
    communeCode && (communeName ?? `${msg('address.communeCode', lang)} ${communeCode}`),
    provinceCode && (provinceName ?? `${msg('address.provinceCode', lang)} ${provinceCode}`),
  ]
    .filter(Boolean)
    .join(', ');
}
