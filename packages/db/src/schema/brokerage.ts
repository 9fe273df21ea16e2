import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { meetingRequestStatuses, unplacedReasons } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { eventRegistrations, events } from "./events";

export const meetingRequestStatus = pgEnum("meeting_request_status", meetingRequestStatuses);
export const unplacedReason = pgEnum("unplaced_reason", unplacedReasons);

/**
 * The B2B session of a brokerage event (DOMAIN.md §5.5): slots of `slotMinutes` from `startsAt` while a
 * whole slot fits before `endsAt`, `tables` meetings per slot. One per event; it lies within the event.
 */
export const brokerageSessions = pgTable(
  "brokerage_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .unique()
      .references(() => events.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    slotMinutes: integer().notNull(),
    tables: integer().notNull(),
    /** Participants request meetings until then; null = until the session starts. */
    requestDeadline: timestamp({ withTimezone: true }),
    /** Participants see their agendas (page, PDF, calendar) once set. */
    publishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("brokerage_sessions_period", sql`${t.endsAt} > ${t.startsAt}`),
    check("brokerage_sessions_slot", sql`${t.slotMinutes} between 5 and 240`),
    check("brokerage_sessions_tables", sql`${t.tables} between 1 and 500`),
  ],
);

/**
 * A window in which a participant (a seated registration of the event) can meet. A participant without
 * windows is available for the whole session; windows lie within the session (checked in the query).
 */
export const brokerageAvailability = pgTable(
  "brokerage_availability",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => brokerageSessions.id, { onDelete: "cascade" }),
    registrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("brokerage_availability_participant_idx").on(t.sessionId, t.registrationId),
    check("brokerage_availability_period", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A meeting request from one participant to another within the event (DOMAIN.md §5.5). */
export const brokerageRequests = pgTable(
  "brokerage_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => brokerageSessions.id, { onDelete: "cascade" }),
    fromRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    toRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    message: text(),
    priority: integer().notNull().default(2),
    status: meetingRequestStatus().notNull().default("pending"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("brokerage_requests_once").on(t.sessionId, t.fromRegistrationId, t.toRegistrationId),
    index("brokerage_requests_to_idx").on(t.toRegistrationId),
    check("brokerage_requests_not_self", sql`${t.fromRegistrationId} <> ${t.toRegistrationId}`),
    check("brokerage_requests_priority", sql`${t.priority} between 1 and 3`),
  ],
);

/**
 * One meeting per pair of participants who agreed to meet (`a` < `b` by id), with its place in the
 * schedule: slot number from 0 and table from 1, or the scheduler's reason when unplaced. `sequence`
 * rises on every change of place, so calendars update the meeting in place (its id is the UID); the last
 * place's times stay when a meeting loses its place, so calendars get it as cancelled at that time.
 */
export const brokerageMeetings = pgTable(
  "brokerage_meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => brokerageSessions.id, { onDelete: "cascade" }),
    aRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    bRegistrationId: uuid()
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    /** Both asked for the meeting (§5.5's second goal). */
    mutual: boolean().notNull().default(false),
    slot: integer(),
    tableNumber: integer(),
    locked: boolean().notNull().default(false),
    reason: unplacedReason(),
    sequence: integer().notNull().default(0),
    /** Start and end of the last slot the meeting held; null until it first gets a place. */
    lastStartsAt: timestamp({ withTimezone: true }),
    lastEndsAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("brokerage_meetings_pair").on(t.sessionId, t.aRegistrationId, t.bRegistrationId),
    uniqueIndex("brokerage_meetings_table_once")
      .on(t.sessionId, t.slot, t.tableNumber)
      .where(sql`${t.slot} is not null`),
    check("brokerage_meetings_ordered", sql`${t.aRegistrationId} < ${t.bRegistrationId}`),
    check("brokerage_meetings_place", sql`(${t.slot} is null) = (${t.tableNumber} is null) and (${t.slot} is null or ${t.slot} >= 0)`),
    check("brokerage_meetings_table", sql`${t.tableNumber} is null or ${t.tableNumber} >= 1`),
    check("brokerage_meetings_lock", sql`not ${t.locked} or ${t.slot} is not null`),
  ],
);

/**
 * A participant who withdrew from the event's brokerage day (DOMAIN.md §5.5): they keep their seat at the
 * event but are no participant of the B2B session any more (no requests, no meetings, not scheduled).
 */
export const brokerageWithdrawals = pgTable("brokerage_withdrawals", {
  registrationId: uuid()
    .primaryKey()
    .references(() => eventRegistrations.id, { onDelete: "cascade" }),
  sessionId: uuid()
    .notNull()
    .references(() => brokerageSessions.id, { onDelete: "cascade" }),
  withdrawnAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One run of the scheduler by the organiser: when, by whom, with what result. */
export const brokerageRuns = pgTable(
  "brokerage_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => brokerageSessions.id, { onDelete: "cascade" }),
    ranAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ranBy: uuid().references(() => users.id, { onDelete: "set null" }),
    placed: integer().notNull(),
    unplaced: integer().notNull(),
    upperBound: integer().notNull(),
    method: text().notNull(),
    durationMs: integer().notNull(),
  },
  (t) => [index("brokerage_runs_session_idx").on(t.sessionId, t.ranAt)],
);
