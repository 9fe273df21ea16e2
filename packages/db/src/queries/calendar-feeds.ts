import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../client";
import { calendarFeeds, clusters, eventRegistrations, events, users } from "../schema";

/**
 * A person's events as their calendar shows them: every event they registered for, waited for or gave
 * up (so calendars can mark it cancelled), drafts excluded. Both sequences only rise, so their sum is
 * the iCalendar SEQUENCE that makes calendars update an entry in place.
 */
export async function listPersonalEvents(db: Database, userId: string) {
  return db
    .select({
      eventId: events.id,
      clusterSlug: clusters.slug,
      clusterName: clusters.name,
      kind: events.kind,
      title: events.title,
      description: events.description,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      location: events.location,
      onlineUrl: events.onlineUrl,
      eventStatus: events.status,
      eventSequence: events.sequence,
      eventUpdatedAt: events.updatedAt,
      registrationStatus: eventRegistrations.status,
      registrationSequence: eventRegistrations.sequence,
      registrationUpdatedAt: eventRegistrations.updatedAt,
      promotedAt: eventRegistrations.promotedAt,
      checkedInAt: eventRegistrations.checkedInAt,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(clusters, eq(clusters.id, events.clusterId))
    .where(and(eq(eventRegistrations.userId, userId), ne(events.status, "draft")))
    .orderBy(asc(events.startsAt), asc(events.id));
}
export type PersonalEvent = Awaited<ReturnType<typeof listPersonalEvents>>[number];

/**
 * The person's feed token, or null before they made one. Unlike mailed tokens it is kept as it is, not
 * hashed: the "my events" page shows the address again, and it only reads event titles and times; a
 * leaked address is replaced with `replaceCalendarFeed`.
 */
export async function findCalendarFeedToken(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ token: calendarFeeds.token }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1);
  return row?.token ?? null;
}

/** Gives the person a new feed address; the old one stops working at once. */
export async function replaceCalendarFeed(db: Database, params: { userId: string; token: string; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  await db
    .insert(calendarFeeds)
    .values({ userId: params.userId, token: params.token, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token: params.token, createdAt: now } });
}

/** The person behind a feed token (an active account only); null for an unknown or replaced token. */
export async function findCalendarFeedOwner(db: Database, token: string): Promise<{ userId: string; name: string | null } | null> {
  const [row] = await db
    .select({ userId: users.id, name: users.name, disabledAt: users.disabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.token, token))
    .limit(1);
  return row && !row.disabledAt ? { userId: row.userId, name: row.name } : null;
}
