import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { type Database, dueLabelExpiryReminders, markLabelExpiryReminded } from "@clusterwerk/db";
import { calendarDayOf } from "./calendar-day";

/**
 * Managers hear of a label's expiry this many days before its `validUntil` (issue 10 asks for "a set time
 * before"; 90 days leave a quarter to prepare the benchmarking a renewal needs, §6.3).
 */
export const LABEL_EXPIRY_REMINDER_DAYS = 90;

/** `days` calendar days after a `YYYY-MM-DD` day (UTC arithmetic on the date alone, so no time zone shifts it). */
function addDays(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

const levelNames = { bronze: ["Bronze", "Bronze"], silver: ["Silber", "Silver"], gold: ["Gold", "Gold"] } as const;

/**
 * Mails the managers of every cluster whose label in effect expires within the next
 * `LABEL_EXPIRY_REMINDER_DAYS` days, at most once per award (`expiryReminderSentAt` is claimed before the
 * mail goes out, so two runs at once never both send). A scheduled job calls this once a day; so can an
 * admin (`label.sendExpiryReminders`).
 */
export async function sendLabelExpiryReminders(db: Database, now: Date): Promise<{ reminded: number; mails: number }> {
  const today = calendarDayOf(now);
  const due = await dueLabelExpiryReminders(db, { today, until: addDays(today, LABEL_EXPIRY_REMINDER_DAYS) });
  let reminded = 0;
  let mails = 0;
  for (const award of due) {
    if (!(await markLabelExpiryReminded(db, award.awardId, now))) continue;
    reminded += 1;
    const [de, en] = levelNames[award.level];
    for (const manager of award.managers) {
      const locale = manager.locale === "en" ? "en" : "de";
      await sendMail(db, {
        to: manager.email,
        subject: `Label läuft ab: ${de} bis ${award.validUntil} / label expiring: ${en} until ${award.validUntil}`,
        text:
          `Das ${de}-Label von ${award.clusterName} (Zertifikat ${award.certificateNumber ?? "–"}) gilt bis ${award.validUntil}. ` +
          `Eine Erneuerung bis ein Jahr nach Ablauf verlängert es bis drei Jahre nach dem bisherigen Ablauf.\n` +
          `The ${en} label of ${award.clusterName} (certificate ${award.certificateNumber ?? "–"}) is valid until ${award.validUntil}. ` +
          `A renewal up to one year after expiry extends it to three years after the current expiry.\n` +
          publicLink(`/${locale}/labels?q=${encodeURIComponent(award.certificateNumber ?? award.clusterName)}`),
      });
      mails += 1;
    }
  }
  return { reminded, mails };
}
