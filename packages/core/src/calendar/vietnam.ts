import calendar from './vietnam-2025-2027.json' with { type: 'json' };
import type { WorkingCalendar } from './working-days.js';

/** Viet Nam's working calendar: Saturdays and Sundays off, and the public holidays as data. */
export const VIETNAM_CALENDAR: WorkingCalendar = {
  weekend: calendar.weekend,
  holidays: calendar.holidays,
  workingWeekends: calendar.workingWeekends,
};
