import { addMonths } from "../dates/plain-date";
import type { MembershipRow } from "./membership-rows";
import { countText, fromMemberList, percentText } from "./source-sentence";
import { membersOn, percentOf, type IndicatorFigure } from "./structure-indicators";

/** The span of S7 (DOMAIN.md §6.1: member growth over 24 months). */
export const GROWTH_MONTHS = 24;

/** Members on one date of the series. */
export interface MemberCountPoint {
  date: string;
  members: number;
}

/**
 * Members on `asOf` and on each of the `months` dates before it, a month apart, oldest first; the day of
 * the month is clamped as `addMonths` does (2026-08-31 − 6 months = 2026-02-28), the same dates S7 compares.
 */
export function monthlyMemberCounts(memberships: readonly MembershipRow[], asOf: string, months = GROWTH_MONTHS): MemberCountPoint[] {
  const points: MemberCountPoint[] = [];
  for (let back = months; back >= 0; back -= 1) {
    const date = addMonths(asOf, -back);
    points.push({ date, members: membersOn(memberships, date).length });
  }
  return points;
}

/**
 * S7: member growth in percent = 100 × (members on `asOf` − members 24 months before) / members then;
 * null when there were no members then (growth from nothing has no percentage). Negative when shrinking.
 */
export function memberGrowthFigure(
  memberships: readonly MembershipRow[],
  asOf: string,
  months = GROWTH_MONTHS,
): IndicatorFigure & { since: string; now: number; then: number } {
  const since = addMonths(asOf, -months);
  const now = membersOn(memberships, asOf).length;
  const then = membersOn(memberships, since).length;
  const value = percentOf(now - then, then);
  const sign = value !== null && value > 0 ? "+" : "";
  const from = fromMemberList(asOf);
  return {
    value,
    since,
    now,
    then,
    source: {
      de: `${sign}${percentText(value, "de")} Mitgliederwachstum in ${months} Monaten (${countText(now, "de")} am ${asOf}, ${countText(then, "de")} am ${since}), ${from.de}`,
      en: `${sign}${percentText(value, "en")} member growth over ${months} months (${countText(now, "en")} on ${asOf}, ${countText(then, "en")} on ${since}), ${from.en}`,
    },
  };
}
