import type { EventAttendanceRow, MemberActivityRow } from "@clusterwerk/scoring/members";
import { and, type AnyColumn, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { eventRegistrations, events, needs, serviceEnrolments, services } from "../schema";

/** The calendar day of a timestamp in the portal's time zone (DOMAIN.md dates are German local days). */
const berlinDay = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM-DD')`;

/**
 * Every event of a cluster as I1–I3 read it (DOMAIN.md §6.1): status, start day and the organisations of
 * the checked-in registrations (attendance is what the event's check-in recorded).
 */
export async function loadEventAttendance(db: Database, clusterId: string): Promise<EventAttendanceRow[]> {
  const rows = await db
    .select({
      id: events.id,
      status: events.status,
      startsOn: berlinDay(events.startsAt),
      attendees: sql<
        (string | null)[]
      >`coalesce(array_agg(${eventRegistrations.organisationId}) filter (where ${eventRegistrations.checkedInAt} is not null), '{}')`,
    })
    .from(events)
    .leftJoin(eventRegistrations, eq(eventRegistrations.eventId, events.id))
    .where(eq(events.clusterId, clusterId))
    .groupBy(events.id);
  return rows.map(({ status, startsOn, attendees }) => ({ status, startsOn, attendees }));
}

/** Member activity besides attendance (§6.1 I3): service enrolments and ratings, needs registered — each on its day. */
export async function loadMemberActivities(db: Database, clusterId: string): Promise<MemberActivityRow[]> {
  const enrolments = db
    .select({ organisationId: serviceEnrolments.organisationId, on: berlinDay(serviceEnrolments.enrolledAt) })
    .from(serviceEnrolments)
    .innerJoin(services, eq(services.id, serviceEnrolments.serviceId))
    .where(eq(services.clusterId, clusterId));
  const ratings = db
    .select({
      organisationId: serviceEnrolments.organisationId,
      on: berlinDay(serviceEnrolments.ratedAt),
    })
    .from(serviceEnrolments)
    .innerJoin(services, eq(services.id, serviceEnrolments.serviceId))
    .where(and(eq(services.clusterId, clusterId), isNotNull(serviceEnrolments.ratedAt)));
  const registeredNeeds = db
    .select({ organisationId: needs.organisationId, on: berlinDay(needs.createdAt) })
    .from(needs)
    .where(eq(needs.clusterId, clusterId));
  const [a, b, c] = await Promise.all([enrolments, ratings, registeredNeeds]);
  return [...a, ...b, ...c];
}
