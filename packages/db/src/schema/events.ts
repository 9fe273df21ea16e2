import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { eventKinds, eventStatuses, registrationStatuses } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { clusters } from "./clusters";
import { needCategory } from "./needs";
import { organisations } from "./organisations";

export const eventKind = pgEnum("event_kind", eventKinds);
export const eventStatus = pgEnum("event_status", eventStatuses);
export const registrationStatus = pgEnum("registration_status", registrationStatuses);

/** An event or workshop of a cluster (DOMAIN.md §4); attendance feeds indicators I1–I3. */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    kind: eventKind().notNull(),
    title: text().notNull(),
    description: text(),
    topicCategories: needCategory().array().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** IANA zone the times are shown in (ARCHITECTURE.md: Europe/Berlin unless the event says otherwise). */
    timeZone: varchar({ length: 64 }).notNull().default("Europe/Berlin"),
    location: text(),
    onlineUrl: text(),
    /** Seats; null = no limit. Registrations beyond it go to the waiting list. */
    capacity: integer(),
    status: eventStatus().notNull().default("draft"),
    /** iCalendar SEQUENCE: raised on every change so calendars update the event in place. */
    sequence: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_cluster_starts_idx").on(t.clusterId, t.startsAt),
    check("events_period", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_capacity", sql`${t.capacity} is null or ${t.capacity} >= 0`),
  ],
);

/** A person's registration for an event, for their organisation; the waiting list is ordered by `registeredAt`. */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    status: registrationStatus().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when the person moved up from the waiting list. */
    promotedAt: timestamp({ withTimezone: true }),
    checkedInAt: timestamp({ withTimezone: true }),
    /** Raised on every change, so the person's calendar feed updates the entry in place. */
    sequence: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("event_registrations_once").on(t.eventId, t.userId), index("event_registrations_user_idx").on(t.userId)],
);

/** A person's secret calendar feed address (revocable by issuing a new token). */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  token: varchar({ length: 64 }).notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
