import { PROFILE_DEFAULT_VALIDITY_MONTHS } from "@clusterwerk/scoring/domain";
import type { ProfileFormValues } from "./profile-form";

/** Today plus `months` as `YYYY-MM-DD` (Europe/Berlin), the day clamped to the month's end. */
export function monthsFromToday(months: number, now: Date = new Date()): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    now,
  );
  const [year = 0, month = 1, day = 1] = today.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** A new profile's form: a request in the reader's language, shared with partner clusters, valid 12 months (DOMAIN.md §5.1). */
export function defaultProfileValues(language: "de" | "en"): ProfileFormValues {
  return {
    type: "TR",
    language,
    title: "",
    summary: "",
    description: "",
    technologyTags: [],
    nace: [],
    partnershipTypes: [],
    reach: "partner-clusters",
    validUntil: monthsFromToday(PROFILE_DEFAULT_VALIDITY_MONTHS),
  };
}
