import { validationMessages as m } from "./messages";
import { text } from "./text";

/**
 * True for a calendar day `YYYY-MM-DD` that exists (2026-02-30 does not) and that a PostgreSQL `date`
 * column takes. The year 0000 is valid ISO 8601 and JavaScript's Date reads it, but PostgreSQL writes
 * years before 1 as "BC" and refuses it, so without this bound the day failed in the database (a 500)
 * instead of on its field.
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < "0001-01-01") return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A required calendar day as text (trimmed), refused with `invalidDate` on its field. */
export const calendarDay = () => text().trim().refine(isCalendarDay, m.invalidDate);
