/**
 * Plain calendar dates as `YYYY-MM-DD` strings (DOMAIN.md and SCORING-CLI.md use no times or zones).
 * All arithmetic is on integers: JavaScript `Date` would shift days with the local time zone.
 */

/** A calendar date split into its parts; `month` and `day` count from 1. */
export interface PlainDateParts {
  year: number;
  month: number;
  day: number;
}

const PLAIN_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian rule: every fourth year, except centuries that are not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a `YYYY-MM-DD` string, or null when it is malformed or not a real day (2026-02-30). */
export function parsePlainDate(text: string): PlainDateParts | null {
  const match = PLAIN_DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isPlainDate(text: string): boolean {
  return parsePlainDate(text) !== null;
}

export function formatPlainDate({ year, month, day }: PlainDateParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function requirePlainDate(text: string): PlainDateParts {
  const parts = parsePlainDate(text);
  if (!parts) throw new RangeError(`not a plain date (YYYY-MM-DD): ${text}`);
  return parts;
}

/**
 * Adds (or, when negative, subtracts) whole months, keeping the day of the month clamped to the
 * target month's last day: 2026-08-31 + 18 months = 2028-02-29, 2026-01-31 + 1 month = 2026-02-28.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, got ${months}`);
  const { year, month, day } = requirePlainDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatPlainDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Adds whole years with the same clamping: 2028-02-29 + 2 years = 2030-02-28. */
export function addYears(date: string, years: number): string {
  if (!Number.isInteger(years)) throw new RangeError(`years must be a whole number, got ${years}`);
  return addMonths(date, years * 12);
}

/**
 * Orders two plain dates (negative, 0, positive). Zero-padded `YYYY-MM-DD` strings sort like the dates
 * they name, so the comparison is a string comparison.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
