import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { contactPersonsOf, type Database, markProfileReminded, profilesDueForReminder } from "@clusterwerk/db";
import { calendarDayOf } from "../calendar-day";

/**
 * Contact persons hear of a published profile's expiry this many days before its `validUntil`: two weeks
 * leave time to renew it before it drops out of every match list (DOMAIN.md §5.1, expired profiles are
 * never matched).
 */
export const PROFILE_EXPIRY_REMINDER_DAYS = 14;

function addDays(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * Mails the contact persons of every published profile that expires within `PROFILE_EXPIRY_REMINDER_DAYS`,
 * once per expiry (the reminder is claimed before the mail goes out, so two runs never both send; renewing
 * clears it). A scheduled job calls this daily; so can an admin (`cooperation.sendExpiryReminders`).
 */
export async function sendProfileExpiryReminders(db: Database, now: Date): Promise<{ reminded: number; mails: number }> {
  const today = calendarDayOf(now);
  const due = await profilesDueForReminder(db, { today, lastDay: addDays(today, PROFILE_EXPIRY_REMINDER_DAYS) });
  let reminded = 0;
  let mails = 0;
  for (const profile of due) {
    if (!(await markProfileReminded(db, profile.id))) continue;
    reminded += 1;
    for (const person of await contactPersonsOf(db, { clusterId: profile.clusterId, organisationId: profile.organisationId })) {
      const locale = person.locale === "en" ? "en" : "de";
      await sendMail(db, {
        to: person.email,
        subject: `Kooperationsprofil läuft ab am ${profile.validUntil} / cooperation profile expires on ${profile.validUntil}`,
        text:
          `Ihr Kooperationsprofil „${profile.title}“ gilt bis ${profile.validUntil}. Danach wird es nicht mehr gematcht; verlängern Sie es, wenn es aktuell bleibt.\n` +
          `Your cooperation profile "${profile.title}" is valid until ${profile.validUntil}. After that it is no longer matched; renew it if it is still current.\n` +
          publicLink(`/${locale}/c/${profile.clusterSlug}/cooperation/${profile.id}`),
      });
      mails += 1;
    }
  }
  return { reminded, mails };
}
