// Dates as Vietnam writes them (day first, dd/mm/yyyy) to and from ISO `YYYY-MM-DD`, the form
// a Hoso submission stores. Pure functions: no Date objects, so no time zone and no rollover
// (31/02 never quietly becomes 02/03).

/** d/m/yyyy with `/`, `-`, `.` or spaces between the parts. */
const SEPARATED = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/;
/** ddmmyyyy, digits only. */
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
/** An ISO date (pasted, or restored by the browser), taken as it is. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO for a day, month and year, or null when that day does not exist. */
function toIso(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The ISO date in what a citizen typed: `25/12/1990`, `5/1/1990`, `25-12-1990`, `25.12.1990`,
 * `25 12 1990`, `25121990` or `1990-12-25`. Null when it is not a real date with a four-digit
 * year (`31/02/2024`, `13/13/2020`, `25/12/90`, letters).
 */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return toIso(iso[3]!, iso[2]!, iso[1]!);
  const parts = SEPARATED.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed);
  return parts ? toIso(parts[1]!, parts[2]!, parts[3]!) : null;
}

/** `dd/mm/yyyy` for a real ISO date; null for anything else. */
export function formatDayMonthYear(iso: string): string | null {
  const parts = ISO.exec(iso);
  if (!parts || toIso(parts[3]!, parts[2]!, parts[1]!) === null) return null;
  return `${parts[3]}/${parts[2]}/${parts[1]}`;
}
