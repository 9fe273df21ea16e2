import { partnershipTypes, profileLanguages, profileReaches, profileStatuses, profileTypes } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, optionalText, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { calendarDay } from "./calendar-day";
import { text } from "./text";

export const PROFILE_TITLE_MAX_LENGTH = 160;
export const PROFILE_SUMMARY_MAX_LENGTH = 600;
export const PROFILE_DESCRIPTION_MAX_LENGTH = 4000;

/** Today as `YYYY-MM-DD` in Europe/Berlin, where the portal's calendar days are (docs/ARCHITECTURE.md, Database). */
export function berlinToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A real calendar day as `YYYY-MM-DD` on or after today (an expiry in the past is refused, issue 11). */
export const profileExpiry = calendarDay().refine((value) => value >= berlinToday(), m.dateInPast);

// The same spellings as the organisation profile; whether a code is in the taxonomy is checked against the database.
const profileTag = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, m.invalidTag);
const profileNace = text()
  .trim()
  .toUpperCase()
  .regex(/^[A-U](\d{2})?$/, m.invalidNace);

/** A cooperation profile as a contact person writes it (DOMAIN.md §5.1). */
export const cooperationProfileInput = z.object({
  type: z.enum(profileTypes, m.invalidChoice),
  language: z.enum(profileLanguages, m.invalidChoice),
  title: requiredText(PROFILE_TITLE_MAX_LENGTH),
  summary: requiredText(PROFILE_SUMMARY_MAX_LENGTH),
  description: optionalText(PROFILE_DESCRIPTION_MAX_LENGTH, { multiline: true }),
  technologyTags: z.array(profileTag).min(1, m.chooseAtLeastOne).max(30, m.tooLong),
  nace: z.array(profileNace).max(20, m.tooLong).default([]),
  partnershipTypes: z.array(z.enum(partnershipTypes, m.invalidChoice)).max(partnershipTypes.length, m.tooLong).default([]),
  reach: z.enum(profileReaches, m.invalidChoice),
  validUntil: profileExpiry,
});
export type CooperationProfileInput = z.input<typeof cooperationProfileInput>;

/** Renewing a profile: a new expiry (published again if it was closed or had expired). */
export const profileRenewal = z.object({ profileId: id, validUntil: profileExpiry });

export const profileFilters = {
  type: z.enum(profileTypes, m.invalidChoice).optional(),
  status: z.enum(profileStatuses, m.invalidChoice).optional(),
};
export const profileSortKeys = ["updatedAt", "title", "type", "validUntil", "status"] as const;
export type ProfileSortKey = (typeof profileSortKeys)[number];
