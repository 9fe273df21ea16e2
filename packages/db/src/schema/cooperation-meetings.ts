import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cooperationMeetingStatuses, notificationKinds } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { cooperationPartnershipType, cooperationProfiles } from "./cooperation";

export const cooperationMeetingStatus = pgEnum("cooperation_meeting_status", cooperationMeetingStatuses);
export const notificationKind = pgEnum("notification_kind", notificationKinds);

/**
 * A meeting request from one of an organisation's profiles to a profile of another organisation it was matched
 * with (DOMAIN.md §5.4). The requesting and target organisations and clusters are copied from the two profiles
 * when the request is made, so who may answer or record stays fixed even if a profile is closed later.
 * The agreement (type, date, note) is recorded on a held meeting only; the checks hold the life cycle.
 */
export const cooperationMeetings = pgTable(
  "cooperation_meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    requesterProfileId: uuid()
      .notNull()
      .references(() => cooperationProfiles.id, { onDelete: "cascade" }),
    targetProfileId: uuid()
      .notNull()
      .references(() => cooperationProfiles.id, { onDelete: "cascade" }),
    requesterClusterId: uuid().notNull(),
    requesterOrganisationId: uuid().notNull(),
    targetClusterId: uuid().notNull(),
    targetOrganisationId: uuid().notNull(),
    message: text().notNull(),
    proposedTimes: timestamp({ withTimezone: true }).array().notNull(),
    chosenTime: timestamp({ withTimezone: true }),
    status: cooperationMeetingStatus().notNull().default("requested"),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    respondedAt: timestamp({ withTimezone: true }),
    outcomeAt: timestamp({ withTimezone: true }),
    agreementType: cooperationPartnershipType(),
    agreementDate: date(),
    agreementNote: text(),
    agreementRecordedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cooperation_meetings_requester_idx").on(t.requesterClusterId, t.requesterOrganisationId),
    index("cooperation_meetings_target_idx").on(t.targetClusterId, t.targetOrganisationId),
    check("cooperation_meetings_other_organisation", sql`${t.requesterOrganisationId} <> ${t.targetOrganisationId}`),
    check("cooperation_meetings_times", sql`cardinality(${t.proposedTimes}) between 1 and 3`),
    check("cooperation_meetings_chosen", sql`(${t.status} in ('requested', 'declined')) = (${t.chosenTime} is null)`),
    check("cooperation_meetings_agreement", sql`${t.agreementType} is null or ${t.status} = 'held'`),
    check("cooperation_meetings_agreement_date", sql`(${t.agreementType} is null) = (${t.agreementDate} is null)`),
  ],
);

/** A message to one person in the portal (the header's badge counts the unread ones); mail goes out beside it. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    /** What it is about, as the other side named it (an organisation and a profile title), shown beside the kind's text. */
    subject: text().notNull(),
    /** A portal path without the locale, e.g. `/c/<slug>/cooperation/meetings`. */
    link: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
