import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { brokerageSessions, eventRegistrations, events, organisations, users } from "../schema";
import { withdrawFromBrokerage } from "./brokerage-withdrawals";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** A person who moved up from the waiting list into a seat; the caller tells them by mail. */
export interface Promotion {
  registrationId: string;
  userId: string;
  email: string;
  name: string | null;
}

/** Locks the event row for the rest of the transaction: registrations and cancellations of one event run one after another. */
async function lockEvent(tx: Transaction, eventId: string) {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  return event ?? null;
}

async function registeredCount(tx: Transaction, eventId: string): Promise<number> {
  return tx.$count(eventRegistrations, and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
}

/**
 * Moves the first persons of the waiting list (by registration time) into free seats. Runs inside a
 * transaction that holds the event's lock, so two cancellations never hand out the same seat.
 */
export async function fillSeats(tx: Transaction, event: { id: string; capacity: number | null }, now: Date): Promise<Promotion[]> {
  const taken = await registeredCount(tx, event.id);
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - taken;
  if (free <= 0) return [];
  const waiting = await tx
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waitlisted")))
    .orderBy(asc(eventRegistrations.registeredAt), asc(eventRegistrations.id))
    .limit(Math.min(free, 10_000));
  if (waiting.length === 0) return [];
  const moved = await tx
    .update(eventRegistrations)
    .set({ status: "registered", promotedAt: now, sequence: sql`${eventRegistrations.sequence} + 1`, updatedAt: now })
    .where(
      inArray(
        eventRegistrations.id,
        waiting.map((row) => row.id),
      ),
    )
    .returning({ registrationId: eventRegistrations.id, userId: eventRegistrations.userId });
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      inArray(
        users.id,
        moved.map((row) => row.userId),
      ),
    );
  return moved.flatMap((row) => {
    const person = people.find((p) => p.id === row.userId);
    return person ? [{ ...row, email: person.email, name: person.name }] : [];
  });
}

export type RegisterResult =
  | { ok: true; status: "registered" | "waitlisted"; registrationId: string }
  | { ok: false; reason: "notFound" | "closed" | "alreadyRegistered" };

/**
 * Registers a person for a published event of the cluster, for their organisation: a seat while one is
 * free, else the end of the waiting list. The event row is locked first, so concurrent registrations
 * for the last seat are decided one after another and never overbook. A second registration changes
 * nothing; one given up earlier is taken up again as new (at the end of the waiting list when full).
 */
export async function registerForEvent(
  db: Database,
  params: { eventId: string; clusterId: string; userId: string; organisationId: string | null; now?: Date },
): Promise<RegisterResult> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, params.eventId);
    if (!event || event.clusterId !== params.clusterId || event.status === "draft") return { ok: false, reason: "notFound" };
    if (event.status !== "published" || event.startsAt <= now) return { ok: false, reason: "closed" };
    const [existing] = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, params.userId)));
    if (existing && existing.status !== "cancelled") return { ok: false, reason: "alreadyRegistered" };
    const hasSeat = event.capacity === null || (await registeredCount(tx, event.id)) < event.capacity;
    const values = {
      status: hasSeat ? ("registered" as const) : ("waitlisted" as const),
      organisationId: params.organisationId,
      registeredAt: now,
      promotedAt: null,
      checkedInAt: null,
      updatedAt: now,
    };
    const [row] = existing
      ? await tx
          .update(eventRegistrations)
          .set({ ...values, sequence: sql`${eventRegistrations.sequence} + 1` })
          .where(eq(eventRegistrations.id, existing.id))
          .returning()
      : await tx
          .insert(eventRegistrations)
          .values({ ...values, eventId: event.id, userId: params.userId })
          .returning();
    if (!row) throw new Error("registration write returned nothing");
    return { ok: true, status: values.status, registrationId: row.id };
  });
}

export type CancelResult =
  | {
      ok: true;
      promoted: Promotion[];
      /** The person left the event's brokerage day with their seat: their registration and the counterparts' (`withdrawFromBrokerage`). */
      withdrawal: { registrationId: string; counterparts: string[] } | null;
    }
  | { ok: false; reason: "notRegistered" | "closed" };

/**
 * Gives up a person's seat or waiting-list place before the event starts. In the same transaction, under
 * the event's lock, the first person on the waiting list moves into a freed seat (DOMAIN.md §4). Giving up
 * a seat at an event with a brokerage day withdraws from the day too (DOMAIN.md §5.5): no meeting stays
 * placed with someone who will not come, and every calendar gets the person's meetings as cancelled.
 */
export async function cancelRegistration(
  db: Database,
  params: { eventId: string; clusterId: string; userId: string; now?: Date },
): Promise<CancelResult> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, params.eventId);
    if (!event || event.clusterId !== params.clusterId) return { ok: false, reason: "notRegistered" };
    if (event.startsAt <= now) return { ok: false, reason: "closed" };
    const [before] = await tx
      .select({ status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, params.userId)));
    const [cancelled] = await tx
      .update(eventRegistrations)
      .set({ status: "cancelled", promotedAt: null, sequence: sql`${eventRegistrations.sequence} + 1`, updatedAt: now })
      .where(
        and(
          eq(eventRegistrations.eventId, event.id),
          eq(eventRegistrations.userId, params.userId),
          inArray(eventRegistrations.status, ["registered", "waitlisted"]),
        ),
      )
      .returning();
    if (!cancelled) return { ok: false, reason: "notRegistered" };
    const promoted = event.status === "published" ? await fillSeats(tx, event, now) : [];
    const [session] =
      before?.status === "registered"
        ? await tx.select({ id: brokerageSessions.id }).from(brokerageSessions).where(eq(brokerageSessions.eventId, event.id))
        : [];
    const withdrawal = session ? await withdrawFromBrokerage(tx, { sessionId: session.id, registrationId: cancelled.id, now }) : null;
    return {
      ok: true,
      promoted,
      withdrawal: withdrawal?.ok ? { registrationId: cancelled.id, counterparts: withdrawal.counterparts } : null,
    };
  });
}

/** The cluster that owns the event of a registration; null for an unknown id. */
export async function registrationCluster(db: Database, id: string): Promise<string | null> {
  const [row] = await db
    .select({ clusterId: events.clusterId })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.id, id))
    .limit(1);
  return row?.clusterId ?? null;
}

/**
 * The managers' event page: every registration with person and organisation; seats first, then the
 * waiting list in its order (with positions), then those given up.
 */
export async function listEventRegistrations(db: Database, params: { eventId: string; clusterId: string }) {
  const rows = await db
    .select({
      id: eventRegistrations.id,
      status: eventRegistrations.status,
      registeredAt: eventRegistrations.registeredAt,
      promotedAt: eventRegistrations.promotedAt,
      checkedInAt: eventRegistrations.checkedInAt,
      personName: users.name,
      email: users.email,
      organisationName: organisations.name,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, params.eventId), eq(events.clusterId, params.clusterId)))
    .orderBy(asc(eventRegistrations.registeredAt), asc(eventRegistrations.id));
  const waiting = rows.filter((row) => row.status === "waitlisted");
  return {
    registered: rows.filter((row) => row.status === "registered"),
    waitlisted: waiting.map((row, index) => ({ ...row, position: index + 1 })),
    cancelled: rows.filter((row) => row.status === "cancelled"),
  };
}

/**
 * Marks a seated person as attended (or undoes it); attendance feeds indicators I1–I3 (DOMAIN.md §6).
 * Only registrations holding a seat are checked in; null when there is none of the cluster's.
 */
export async function setCheckIn(
  db: Database,
  params: { registrationId: string; clusterId: string; attended: boolean; now?: Date },
): Promise<RegistrationRow | null> {
  const now = params.now ?? new Date();
  const [row] = await db
    .update(eventRegistrations)
    .set({ checkedInAt: params.attended ? now : null, updatedAt: now })
    .where(
      and(
        eq(eventRegistrations.id, params.registrationId),
        eq(eventRegistrations.status, "registered"),
        inArray(eventRegistrations.eventId, db.select({ id: events.id }).from(events).where(eq(events.clusterId, params.clusterId))),
      ),
    )
    .returning();
  return row ?? null;
}
