/** The time zone of the portal's calendar days: the clusters are German (DOMAIN.md §1), campaigns run by local dates. */
export const PORTAL_TIME_ZONE = "Europe/Berlin";

/** The calendar day (`YYYY-MM-DD`) of `now` in the portal's time zone. */
export function calendarDayOf(now: Date, timeZone: string = PORTAL_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
