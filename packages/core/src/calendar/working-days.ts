/**
 * A working-day calendar as data: which weekdays are off and which dates are holidays or
 * working days in lieu (ngày làm bù). Holidays change every year by decision of the
 * government, so they are never computed in code.
 */
export interface WorkingCalendar {
  /** Days of the week that are off, 0 = Sunday … 6 = Saturday. */
  weekend: number[];
  /** ISO dates that are off (public holidays, Tết, compensatory days off). */
  holidays: string[];
  /** ISO dates that are working days although they fall on a weekend day. */
  workingWeekends?: string[];
}

/** Whether an ISO date is a working day in the calendar. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  if (calendar.workingWeekends?.includes(date)) return true;
  return !calendar.weekend.includes(weekday(date));
}

/**
 * The date on which a period of `days` working days ends, counting from the working day after
 * `start` (a dossier received on Friday with 1 working day is due on Monday). Half days round
 * up: the result is due by the end of that day.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkingCalendar): string {
  let remaining = Math.ceil(days);
  let date = start;
  while (remaining > 0) {
    date = nextDate(date);
    if (isWorkingDay(date, calendar)) remaining--;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let date = nextDate(from); date <= to; date = nextDate(date)) {
    if (isWorkingDay(date, calendar)) count++;
  }
  return count;
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
