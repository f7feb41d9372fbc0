const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Vietnam as ISO `YYYY-MM-DD`. Date bounds use Vietnam's calendar day wherever
 * the code runs, so a browser abroad and a server in UTC agree at 23:30 in Hà Nội.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DATE.format(now);
}
