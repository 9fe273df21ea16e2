import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, addYears, compareDates, daysInMonth, formatPlainDate, isLeapYear, parsePlainDate } from "../../src/dates";

describe("plain dates", () => {
  it("parses real days only", () => {
    expect(parsePlainDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parsePlainDate("2026-02-29")).toBeNull();
    expect(parsePlainDate("2026-04-31")).toBeNull();
    expect(parsePlainDate("2026-13-01")).toBeNull();
    expect(parsePlainDate("2026-1-01")).toBeNull();
    expect(parsePlainDate("2026-06-30T00:00")).toBeNull();
  });

  it("leap years follow the Gregorian rule", () => {
    expect([2024, 2028, 2000, 1900, 2100, 2026].map(isLeapYear)).toEqual([true, true, true, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
  });

  it("Conventions: 29 February + 2 years = 28 February", () => {
    expect(addYears("2028-02-29", 2)).toBe("2030-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
  });

  it("Conventions: 31 August + 18 months = 28 or 29 February", () => {
    expect(addMonths("2026-08-31", 18)).toBe("2028-02-29");
    expect(addMonths("2027-08-31", 18)).toBe("2029-02-28");
  });

  it("Conventions: 29 February 2028 − 3 years = 28 February 2025", () => {
    expect(addYears("2028-02-29", -3)).toBe("2025-02-28");
  });

  it("months roll over years in both directions", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-01-31", -2)).toBe("2025-11-30");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-06-15", 0)).toBe("2026-06-15");
  });

  it("rejects fractional months and malformed dates", () => {
    expect(() => addMonths("2026-06-15", 1.5)).toThrow(RangeError);
    expect(() => addYears("2026-06-15", 0.5)).toThrow(RangeError);
    expect(() => addMonths("2026-02-30", 1)).toThrow(RangeError);
  });

  const dates = fc
    .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => formatPlainDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

  it("property: adding months gives a real date, in the right month, never past the original day", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = parsePlainDate(addMonths(date, months));
        const original = parsePlainDate(date);
        expect(result).not.toBeNull();
        if (result === null || original === null) return;
        expect(result.year * 12 + result.month - (original.year * 12 + original.month)).toBe(months);
        expect(result.day).toBeLessThanOrEqual(original.day);
      }),
    );
  });

  it("property: adding months is monotone in the start date", () => {
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: -60, max: 60 }), (a, b, months) => {
        if (compareDates(a, b) <= 0) expect(compareDates(addMonths(a, months), addMonths(b, months))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
