import type { EventPeriod, EventSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, eventRegistrations, events } from "../schema";
import { listOrder, listPage } from "./list";
import { fillSeats, type Promotion } from "./event-registrations";

export type EventRow = typeof events.$inferSelect;

/** What a manager sets on an event (DOMAIN.md §4); times are instants, capacity null means unlimited. */
export interface EventValues {
  kind: EventRow["kind"];
  title: string;
  description: string | null;
  topicCategories: EventRow["topicCategories"];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
}

/**
 * The outer event's id inside the correlated subqueries below, always qualified (Drizzle leaves columns
 * unqualified in single-table selects, where `id` would be ambiguous).
 */
const outerEventId = sql`${events}.id`;

/** Seats taken and waiting-list places of each event, as columns any event query can select. */
const seatCounts = {
  registeredCount: sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${outerEventId} and r.status = 'registered')`,
  waitlistedCount: sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${outerEventId} and r.status = 'waitlisted')`,
};

/** The cluster that owns an event; null for an unknown id. */
export async function eventCluster(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: events.clusterId }).from(events).where(eq(events.id, id)).limit(1);
  return row?.clusterId ?? null;
}

/** A new event of the cluster, as a draft (only managers see drafts until they publish). */
export async function createEvent(db: Database, params: EventValues & { clusterId: string; createdBy: string }): Promise<EventRow> {
  const [row] = await db.insert(events).values(params).returning();
  if (!row) throw new Error("event insert returned nothing");
  return row;
}

/**
 * Changes an event of the cluster and raises its SEQUENCE, so calendars update it in place. When the
 * capacity grows, waiting persons move up into the new seats in the same transaction. Null when the
 * event is not the cluster's.
 */
export async function updateEvent(
  db: Database,
  params: { id: string; clusterId: string; values: EventValues; now?: Date },
): Promise<{ event: EventRow; promoted: Promotion[] } | null> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [event] = await tx
      .update(events)
      .set({ ...params.values, sequence: sql`${events.sequence} + 1`, updatedAt: now })
      .where(and(eq(events.id, params.id), eq(events.clusterId, params.clusterId)))
      .returning();
    if (!event) return null;
    const promoted = event.status === "published" ? await fillSeats(tx, event, now) : [];
    return { event, promoted };
  });
}

/**
 * Publishes a draft or cancels a draft or published event (a conditional update: a second call changes
 * nothing and returns null). Either raises the SEQUENCE; a cancelled event stays in calendars as cancelled.
 */
export async function setEventStatus(
  db: Database,
  params: { id: string; clusterId: string; status: "published" | "cancelled"; now?: Date },
): Promise<EventRow | null> {
  const allowedFrom = params.status === "published" ? (["draft"] as const) : (["draft", "published"] as const);
  const [row] = await db
    .update(events)
    .set({ status: params.status, sequence: sql`${events.sequence} + 1`, updatedAt: params.now ?? new Date() })
    .where(and(eq(events.id, params.id), eq(events.clusterId, params.clusterId), inArray(events.status, [...allowedFrom])))
    .returning();
  return row ?? null;
}

/** The managers' list: a cluster's events, all statuses, upcoming (not yet ended) or past, with seat counts. */
export async function listClusterEvents(
  db: Database,
  params: PageInput & SortParams<EventSortKey> & { clusterId: string; period: EventPeriod; now?: Date },
) {
  const now = params.now ?? new Date();
  const query = db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      capacity: events.capacity,
      ...seatCounts,
      checkedInCount: sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${outerEventId} and r.checked_in_at is not null)`,
    })
    .from(events)
    .where(and(eq(events.clusterId, params.clusterId), params.period === "upcoming" ? gte(events.endsAt, now) : lt(events.endsAt, now)))
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { startsAt: events.startsAt, title: events.title },
      defaultSort: "startsAt",
      defaultDirection: params.period === "upcoming" ? "asc" : "desc",
      tiebreak: events.id,
    }),
  });
}

/** One event of the cluster with its seat counts, any status (the managers' event page); null when not the cluster's. */
export async function findClusterEvent(db: Database, params: { id: string; clusterId: string }) {
  const [row] = await db
    .select({ event: events, ...seatCounts })
    .from(events)
    .where(and(eq(events.id, params.id), eq(events.clusterId, params.clusterId)))
    .limit(1);
  return row ? { ...row.event, registeredCount: row.registeredCount, waitlistedCount: row.waitlistedCount } : null;
}

/** The viewer's place at each event: their registration's status and, when waiting, their position. */
const viewerPlace = (userId: string) => ({
  myStatus: sql<
    "registered" | "waitlisted" | "cancelled" | null
  >`(select r.status from ${eventRegistrations} r where r.event_id = ${outerEventId} and r.user_id = ${userId})`,
  mySequence: sql<
    number | null
  >`(select r.sequence from ${eventRegistrations} r where r.event_id = ${outerEventId} and r.user_id = ${userId})`,
  /** 1 for the first on the waiting list; null when the viewer is not waiting. */
  myPosition: sql<number | null>`(select nullif(count(*)::int, 0) from ${eventRegistrations} w
    join ${eventRegistrations} mine on mine.event_id = w.event_id and mine.user_id = ${userId} and mine.status = 'waitlisted'
    where w.event_id = ${outerEventId} and w.status = 'waitlisted' and (w.registered_at, w.id) <= (mine.registered_at, mine.id))`,
});

/** The members' list: a cluster's published events that have not ended, soonest first, with the viewer's place. */
export async function listOpenEvents(db: Database, params: PageInput & { clusterId: string; userId: string; now?: Date }) {
  const now = params.now ?? new Date();
  const query = db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      location: events.location,
      onlineUrl: events.onlineUrl,
      capacity: events.capacity,
      ...seatCounts,
      ...viewerPlace(params.userId),
    })
    .from(events)
    .where(and(eq(events.clusterId, params.clusterId), eq(events.status, "published"), gte(events.endsAt, now)))
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(
      {},
      { columns: { startsAt: events.startsAt }, defaultSort: "startsAt", defaultDirection: "asc", tiebreak: events.id },
    ),
  });
}

/** One event as members see it (published or cancelled, never a draft), with the viewer's place; null otherwise. */
export async function findMemberEvent(db: Database, params: { id: string; clusterId: string; userId: string }) {
  const [row] = await db
    .select({ event: events, clusterName: clusters.name, clusterSlug: clusters.slug, ...seatCounts, ...viewerPlace(params.userId) })
    .from(events)
    .innerJoin(clusters, eq(clusters.id, events.clusterId))
    .where(and(eq(events.id, params.id), eq(events.clusterId, params.clusterId), ne(events.status, "draft")))
    .limit(1);
  if (!row) return null;
  const { event, ...rest } = row;
  return { ...event, ...rest };
}
