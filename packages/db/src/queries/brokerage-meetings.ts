import { and, asc, desc, eq, isNotNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  brokerageMeetings,
  brokerageRuns,
  brokerageSessions,
  brokerageWithdrawals,
  clusters,
  eventRegistrations,
  events,
  organisations,
  users,
} from "../schema";

const aRegistration = alias(eventRegistrations, "a_registration");
const bRegistration = alias(eventRegistrations, "b_registration");
const aUser = alias(users, "a_user");
const bUser = alias(users, "b_user");
const aOrganisation = alias(organisations, "a_organisation");
const bOrganisation = alias(organisations, "b_organisation");

/**
 * Meetings of a session with both people, placed ones in slot and table order first; only `registrationId`'s
 * when given. `withdrawn`: one of the two withdrew from the brokerage day, so the meeting is called off.
 */
export async function listSessionMeetings(db: Database, params: { sessionId: string; registrationId?: string }) {
  const mine = params.registrationId;
  return db
    .select({
      id: brokerageMeetings.id,
      aRegistrationId: brokerageMeetings.aRegistrationId,
      bRegistrationId: brokerageMeetings.bRegistrationId,
      aName: aUser.name,
      aOrganisation: aOrganisation.name,
      bName: bUser.name,
      bOrganisation: bOrganisation.name,
      mutual: brokerageMeetings.mutual,
      slot: brokerageMeetings.slot,
      tableNumber: brokerageMeetings.tableNumber,
      locked: brokerageMeetings.locked,
      reason: brokerageMeetings.reason,
      sequence: brokerageMeetings.sequence,
      lastStartsAt: brokerageMeetings.lastStartsAt,
      lastEndsAt: brokerageMeetings.lastEndsAt,
      updatedAt: brokerageMeetings.updatedAt,
      withdrawn: sql<boolean>`exists (select 1 from ${brokerageWithdrawals} where ${brokerageWithdrawals.registrationId}
        in (${brokerageMeetings.aRegistrationId}, ${brokerageMeetings.bRegistrationId}))`,
    })
    .from(brokerageMeetings)
    .innerJoin(aRegistration, eq(aRegistration.id, brokerageMeetings.aRegistrationId))
    .innerJoin(bRegistration, eq(bRegistration.id, brokerageMeetings.bRegistrationId))
    .innerJoin(aUser, eq(aUser.id, aRegistration.userId))
    .innerJoin(bUser, eq(bUser.id, bRegistration.userId))
    .leftJoin(aOrganisation, eq(aOrganisation.id, aRegistration.organisationId))
    .leftJoin(bOrganisation, eq(bOrganisation.id, bRegistration.organisationId))
    .where(
      and(
        eq(brokerageMeetings.sessionId, params.sessionId),
        mine ? or(eq(brokerageMeetings.aRegistrationId, mine), eq(brokerageMeetings.bRegistrationId, mine)) : undefined,
      ),
    )
    .orderBy(sql`${brokerageMeetings.slot} asc nulls last`, asc(brokerageMeetings.tableNumber), asc(brokerageMeetings.id));
}
export type SessionMeetingRow = Awaited<ReturnType<typeof listSessionMeetings>>[number];

/** The session's runs, latest first. */
export async function listScheduleRuns(db: Database, sessionId: string) {
  return db
    .select({
      id: brokerageRuns.id,
      ranAt: brokerageRuns.ranAt,
      ranBy: users.name,
      placed: brokerageRuns.placed,
      unplaced: brokerageRuns.unplaced,
      upperBound: brokerageRuns.upperBound,
      method: brokerageRuns.method,
      durationMs: brokerageRuns.durationMs,
    })
    .from(brokerageRuns)
    .leftJoin(users, eq(users.id, brokerageRuns.ranBy))
    .where(eq(brokerageRuns.sessionId, sessionId))
    .orderBy(desc(brokerageRuns.ranAt), desc(brokerageRuns.id));
}

/**
 * A person's seats at events whose brokerage schedule is published, with the session and the event: the
 * calendar feed lists each seat's meetings (`listSessionMeetings`). A seat given up after withdrawing from
 * the day (cancelling a seat withdraws) stays, so the person's own calendar gets its meetings as cancelled
 * too instead of keeping stale copies (DOMAIN.md §5.5: iCalendar that updates in place).
 */
export async function listPublishedSeats(db: Database, userId: string) {
  return db
    .select({
      registrationId: eventRegistrations.id,
      session: brokerageSessions,
      eventId: events.id,
      eventTitle: events.title,
      location: events.location,
      clusterSlug: clusters.slug,
    })
    .from(eventRegistrations)
    .innerJoin(brokerageSessions, eq(brokerageSessions.eventId, eventRegistrations.eventId))
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(clusters, eq(clusters.id, events.clusterId))
    .leftJoin(brokerageWithdrawals, eq(brokerageWithdrawals.registrationId, eventRegistrations.id))
    .where(
      and(
        eq(eventRegistrations.userId, userId),
        or(eq(eventRegistrations.status, "registered"), isNotNull(brokerageWithdrawals.registrationId)),
        isNotNull(brokerageSessions.publishedAt),
      ),
    );
}
