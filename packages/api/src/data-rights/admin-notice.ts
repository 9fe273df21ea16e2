import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { type Database, platformAdmins } from "@clusterwerk/db";

/** What a data-rights request tells the admins, German and English (their mails go out in both, like the invitations). */
interface AdminNotice {
  subject: { de: string; en: string };
  text: { de: string; en: string };
  /** The admin page to act on, a portal path without the locale. */
  path: string;
}

/**
 * Mails every platform admin about a data-rights request (docs/DATA-RIGHTS.md) through the outbox, each with a
 * link in their language. The texts name no person: an account deleted is gone but for its id, and an
 * organisation's request names the organisation only (the admin page says who asked). Returns how many got it.
 */
export async function mailPlatformAdmins(db: Database, notice: AdminNotice): Promise<number> {
  const admins = await platformAdmins(db);
  for (const admin of admins) {
    const locale = admin.locale === "en" ? "en" : "de";
    await sendMail(db, {
      to: admin.email,
      subject: `Clusterwerk: ${notice.subject.de} / ${notice.subject.en}`,
      text: `${notice.text.de}\n\n${notice.text.en}\n${publicLink(`/${locale}${notice.path}`)}`,
    });
  }
  return admins.length;
}

/** A person deleted their account: the admins learn which account (by id) so they can follow its anonymised records. */
export function accountDeletedNotice(userId: string): AdminNotice {
  return {
    subject: { de: "Konto gelöscht", en: "Account deleted" },
    text: {
      de: `Eine Person hat ihr Konto gelöscht; es ist jetzt das anonymisierte Konto ${userId}.`,
      en: `A person deleted their account; it is now the anonymised account ${userId}.`,
    },
    path: `/admin/accounts?q=${userId}`,
  };
}

/** A contact person asked to anonymise their organisation: the admin confirms on the data rights page. */
export function organisationDeletionRequestedNotice(organisationName: string): AdminNotice {
  return {
    subject: { de: "Anonymisierung einer Organisation beantragt", en: "Anonymisation of an organisation requested" },
    text: {
      de: `Eine Kontaktperson bittet darum, die Organisation „${organisationName}“ zu anonymisieren. Bitte bestätigen oder klären Sie das unter „Datenrechte“.`,
      en: `A contact person asks to anonymise the organisation "${organisationName}". Please confirm or clarify it under "Data rights".`,
    },
    path: "/admin/data-rights",
  };
}
