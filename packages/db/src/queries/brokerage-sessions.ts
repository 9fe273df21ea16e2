import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  brokerageAvailability,
  brokerageMeetings,
  brokerageSessions,
  brokerageWithdrawals,
  clusters,
  eventRegistrations,
  events,
  organisations,
  users,
} from "../schema";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type BrokerageSessionRow = typeof brokerageSessions.$inferSelect;

/** What the organiser sets on a B2B session (DOMAIN.md §5.5); instants, slot length in minutes. */
export interface BrokerageSessionValues {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  tables: number;
  requestDeadline: Date | null;
}

/** One slot of a session: its number (from 0) and its start and end. */
export interface SessionSlot {
  index: number;
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

/** The session's slots: back to back from its start, as many whole slots as fit before its end. */
export function sessionSlots(session: Pick<BrokerageSessionRow, "startsAt" | "endsAt" | "slotMinutes">): SessionSlot[] {
  const length = session.slotMinutes * MINUTE;
  const count = Math.floor((session.endsAt.getTime() - session.startsAt.getTime()) / length);
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const startsAt = new Date(session.startsAt.getTime() + index * length);
    return { index, startsAt, endsAt: new Date(startsAt.getTime() + length) };
  });
}

/** The event of a brokerage session with the fields its pages and checks need; null when it is not the cluster's. */
export async function findBrokerageEvent(db: Database, params: { eventId: string; clusterId: string }) {
  const [row] = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      location: events.location,
      clusterSlug: clusters.slug,
    })
    .from(events)
    .innerJoin(clusters, eq(clusters.id, events.clusterId))
    .where(and(eq(events.id, params.eventId), eq(events.clusterId, params.clusterId)))
    .limit(1);
  if (!row) return null;
  const [session] = await db.select().from(brokerageSessions).where(eq(brokerageSessions.eventId, row.id)).limit(1);
  return { event: row, session: session ?? null };
}

export type SaveSessionResult =
  { ok: true; session: BrokerageSessionRow } | { ok: false; reason: "notFound" | "outsideEvent" | "deadlineAfterStart" };

/**
 * Creates or changes the event's B2B session. It must lie within the event, and requests close by its
 * start at the latest. A changed slot grid (start, slot length, tables) clears the schedule and every
 * lock: slot numbers would point at other times; each meeting that had a place gets a new SEQUENCE.
 */
export async function saveBrokerageSession(
  db: Database,
  params: { eventId: string; clusterId: string; values: BrokerageSessionValues; now?: Date },
): Promise<SaveSessionResult> {
  const now = params.now ?? new Date();
  const { values } = params;
  return db.transaction(async (tx) => {
    const found = await findBrokerageEvent(tx, params);
    if (!found) return { ok: false, reason: "notFound" };
    if (values.startsAt < found.event.startsAt || values.endsAt > found.event.endsAt) return { ok: false, reason: "outsideEvent" };
    if (values.requestDeadline && values.requestDeadline > values.startsAt) return { ok: false, reason: "deadlineAfterStart" };
    const previous = found.session;
    if (!previous) {
      const [session] = await tx
        .insert(brokerageSessions)
        .values({ ...values, eventId: params.eventId, updatedAt: now })
        .returning();
      if (!session) throw new Error("session insert returned nothing");
      return { ok: true, session };
    }
    const gridChanged =
      previous.startsAt.getTime() !== values.startsAt.getTime() ||
      previous.slotMinutes !== values.slotMinutes ||
      previous.tables !== values.tables ||
      sessionSlots(previous).length !== sessionSlots(values).length;
    if (gridChanged) await clearSchedule(tx, previous.id, now);
    const [session] = await tx
      .update(brokerageSessions)
      .set({ ...values, updatedAt: now })
      .where(eq(brokerageSessions.id, previous.id))
      .returning();
    if (!session) throw new Error("session update returned nothing");
    return { ok: true, session };
  });
}

async function clearSchedule(tx: Transaction, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(brokerageMeetings)
    .set({ slot: null, tableNumber: null, locked: false, sequence: sql`${brokerageMeetings.sequence} + 1`, updatedAt: now })
    .where(and(eq(brokerageMeetings.sessionId, sessionId), isNotNull(brokerageMeetings.slot)));
  await tx.update(brokerageMeetings).set({ reason: null }).where(eq(brokerageMeetings.sessionId, sessionId));
}

/** The registration has not withdrawn from the brokerage day (DOMAIN.md §5.5): a condition on `event_registrations`. */
export const notWithdrawn: SQL = sql`not exists (select 1 from ${brokerageWithdrawals} where ${brokerageWithdrawals.registrationId} = ${eventRegistrations.id})`;

/**
 * The seated registrations of the event that have not withdrawn from its brokerage day (waiting list and
 * given-up places are no participants), by organisation and name.
 */
export async function listBrokerageParticipants(db: Database, eventId: string) {
  return db
    .select({
      registrationId: eventRegistrations.id,
      userId: eventRegistrations.userId,
      personName: users.name,
      organisationName: organisations.name,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered"), notWithdrawn))
    .orderBy(asc(organisations.name), asc(users.name), asc(eventRegistrations.id));
}
export type BrokerageParticipant = Awaited<ReturnType<typeof listBrokerageParticipants>>[number];

/** The caller's seat at the event, which makes them a participant unless they withdrew; null otherwise. */
export async function findParticipantRegistration(db: Database, params: { eventId: string; userId: string }): Promise<string | null> {
  const [row] = await db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, params.eventId),
        eq(eventRegistrations.userId, params.userId),
        eq(eventRegistrations.status, "registered"),
        notWithdrawn,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** Availability windows of a session, per participant's registration id, in time order. */
export async function listAvailability(db: Database, sessionId: string, registrationIds?: readonly string[]) {
  const rows = await db
    .select({
      registrationId: brokerageAvailability.registrationId,
      startsAt: brokerageAvailability.startsAt,
      endsAt: brokerageAvailability.endsAt,
    })
    .from(brokerageAvailability)
    .where(
      and(
        eq(brokerageAvailability.sessionId, sessionId),
        registrationIds ? inArray(brokerageAvailability.registrationId, [...registrationIds]) : undefined,
      ),
    )
    .orderBy(asc(brokerageAvailability.startsAt));
  const byParticipant = new Map<string, { startsAt: Date; endsAt: Date }[]>();
  for (const row of rows) {
    const list = byParticipant.get(row.registrationId) ?? [];
    list.push({ startsAt: row.startsAt, endsAt: row.endsAt });
    byParticipant.set(row.registrationId, list);
  }
  return byParticipant;
}

/**
 * The slots a participant can meet in: every slot lying wholly inside one of their windows; without
 * windows, every slot of the session (decision: a participant who marked nothing is not excluded).
 */
export function availableSlots(slots: readonly SessionSlot[], windows: readonly { startsAt: Date; endsAt: Date }[] | undefined): number[] {
  if (!windows || windows.length === 0) return slots.map((slot) => slot.index);
  return slots.filter((slot) => windows.some((w) => w.startsAt <= slot.startsAt && slot.endsAt <= w.endsAt)).map((slot) => slot.index);
}

export type SetAvailabilityResult = { ok: true } | { ok: false; reason: "outsideSession" | "lockedMeeting" };

/**
 * Replaces a participant's windows. Each must lie within the session (so within the event); and no
 * locked meeting of theirs may end up in a slot they no longer mark (§5.5: locks keep their slot, and a
 * lock needs both available). Either refusal changes nothing.
 */
export async function setAvailability(
  db: Database,
  params: { session: BrokerageSessionRow; registrationId: string; windows: readonly { startsAt: Date; endsAt: Date }[] },
): Promise<SetAvailabilityResult> {
  const { session } = params;
  if (params.windows.some((w) => w.startsAt < session.startsAt || w.endsAt > session.endsAt))
    return { ok: false, reason: "outsideSession" };
  return db.transaction(async (tx) => {
    const open = new Set(availableSlots(sessionSlots(session), params.windows));
    const locked = await tx
      .select({ slot: brokerageMeetings.slot, a: brokerageMeetings.aRegistrationId, b: brokerageMeetings.bRegistrationId })
      .from(brokerageMeetings)
      .where(and(eq(brokerageMeetings.sessionId, session.id), eq(brokerageMeetings.locked, true)));
    const mine = locked.filter((m) => m.a === params.registrationId || m.b === params.registrationId);
    if (mine.some((m) => m.slot !== null && !open.has(m.slot))) return { ok: false, reason: "lockedMeeting" };
    await tx
      .delete(brokerageAvailability)
      .where(and(eq(brokerageAvailability.sessionId, session.id), eq(brokerageAvailability.registrationId, params.registrationId)));
    if (params.windows.length > 0) {
      await tx
        .insert(brokerageAvailability)
        .values(params.windows.map((w) => ({ sessionId: session.id, registrationId: params.registrationId, ...w })));
    }
    return { ok: true };
  });
}

/** Publishes the schedule: participants see their agendas (page, PDF, calendar feed) from now on. */
export async function publishBrokerageSchedule(db: Database, params: { sessionId: string; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  await db.update(brokerageSessions).set({ publishedAt: now, updatedAt: now }).where(eq(brokerageSessions.id, params.sessionId));
}
