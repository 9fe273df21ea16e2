import { addYears, compareDates } from "../dates/plain-date";
import type { LabelAward } from "./label-input";
import { defaultLabelRules, type LabelLevel, type LabelRules } from "./label-rules";

export interface LabelValidity {
  validFrom: string;
  validUntil: string;
}

/**
 * Validity of a label assessed on `assessedDate` (§6.3, SCORING-CLI.md `label`). Earlier awards of the
 * level are those that start before it; with E their latest expiry, an assessment no later than
 * E + 1 year is a renewal running to E + 3 years (also before expiry); otherwise it is a first award
 * valid for 2 years. Day of month clamped (29 February + 2 years = 28 February).
 */
export function labelValidity(
  level: LabelLevel,
  assessedDate: string,
  awards: readonly LabelAward[],
  rules: LabelRules = defaultLabelRules,
): LabelValidity {
  let latestExpiry: string | null = null;
  for (const award of awards) {
    if (award.level !== level || compareDates(award.validFrom, assessedDate) >= 0) continue;
    if (latestExpiry === null || compareDates(award.validUntil, latestExpiry) > 0) latestExpiry = award.validUntil;
  }
  if (latestExpiry !== null && compareDates(assessedDate, addYears(latestExpiry, rules.renewalWindowYears)) <= 0) {
    return { validFrom: assessedDate, validUntil: addYears(latestExpiry, rules.renewalYears) };
  }
  return { validFrom: assessedDate, validUntil: addYears(assessedDate, rules.validityYears) };
}
