import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { contactPersonsOf, createNotifications, type Database, type findMeetingOf, type MatchViewer } from "@clusterwerk/db";
import type { NotificationKind } from "@clusterwerk/scoring/domain";

type Meeting = NonNullable<Awaited<ReturnType<typeof findMeetingOf>>>;

/** The mail subject and first line of each kind, German and English (mails go out in both, like the invitations). */
const wording: Record<NotificationKind, { de: string; en: string }> = {
  "meeting-requested": { de: "Neue Terminanfrage", en: "New meeting request" },
  "meeting-accepted": { de: "Terminanfrage angenommen", en: "Meeting request accepted" },
  "meeting-declined": { de: "Terminanfrage abgelehnt", en: "Meeting request declined" },
  "meeting-outcome": { de: "Ergebnis eines Treffens eingetragen", en: "Meeting outcome recorded" },
  "agreement-recorded": { de: "Partnerschaftsvereinbarung eingetragen", en: "Partnership agreement recorded" },
  "brokerage-withdrawn": { de: "Absage zum Matchmaking-Tag", en: "Withdrawal from the brokerage day" },
  "interest-expressed": { de: "Interesse an Ihrem Profil", en: "Interest in your profile" },
};

/** Who gets a notice: an account with its mail address and language. */
export interface NoticeRecipient {
  userId: string;
  email: string;
  locale: string;
}

/**
 * Tells each person about `subject`: a portal notification (the header's badge) and a mail through the
 * outbox in German and English with a link to `link` (a portal path without locale) in their language.
 */
export async function notifyPeople(
  db: Database,
  params: { people: readonly NoticeRecipient[]; kind: NotificationKind; subject: string; link: string },
) {
  const { people, kind, subject, link } = params;
  await createNotifications(db, { userIds: people.map((person) => person.userId), kind, subject, link });
  const words = wording[kind];
  for (const person of people) {
    const locale = person.locale === "en" ? "en" : "de";
    await sendMail(db, {
      to: person.email,
      subject: `${words.de} / ${words.en}: ${subject}`,
      text: `${words.de}: ${subject}\n${words.en}: ${subject}\n${publicLink(`/${locale}${link}`)}`,
    });
  }
}

/**
 * Tells an organisation in a cluster about a step from match to partnership (DOMAIN.md §5.4): each of its
 * contact persons there gets a portal notification and a mail through the outbox. `link` is a portal path
 * without the locale, in that organisation's cluster.
 */
export async function notifyOrganisation(
  db: Database,
  organisation: MatchViewer,
  notice: { kind: NotificationKind; subject: string; link: string },
) {
  await notifyPeople(db, { people: await contactPersonsOf(db, organisation), ...notice });
}

/** Tells the other side of a meeting what `actor` did; the link opens their meetings page in their own cluster. */
export async function notifyOtherSide(db: Database, meeting: Meeting, actor: "requester" | "target", kind: NotificationKind) {
  const other =
    actor === "requester"
      ? { clusterId: meeting.targetClusterId, organisationId: meeting.targetOrganisationId, slug: meeting.targetClusterSlug }
      : { clusterId: meeting.requesterClusterId, organisationId: meeting.requesterOrganisationId, slug: meeting.requesterClusterSlug };
  const from = actor === "requester" ? meeting.requesterOrganisationName : meeting.targetOrganisationName;
  const about = actor === "requester" ? meeting.targetProfileTitle : meeting.requesterProfileTitle;
  await notifyOrganisation(
    db,
    { clusterId: other.clusterId, organisationId: other.organisationId },
    { kind, subject: `${from}: ${about}`, link: `/c/${other.slug}/cooperation/meetings` },
  );
}
