import { and, asc, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { brokerageMeetings, brokerageRequests, eventRegistrations, organisations, users } from "../schema";
import { type BrokerageSessionRow, notWithdrawn } from "./brokerage-sessions";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The meeting of two participants is stored once, under the pair in id order. */
function orderedPair(x: string, y: string): { aRegistrationId: string; bRegistrationId: string } {
  return x < y ? { aRegistrationId: x, bRegistrationId: y } : { aRegistrationId: y, bRegistrationId: x };
}

/** Creates the pair's meeting, or marks it mutual when it exists (both asked). */
async function ensureMeeting(tx: Transaction, sessionId: string, from: string, to: string, mutual: boolean, now: Date): Promise<void> {
  await tx
    .insert(brokerageMeetings)
    .values({ sessionId, ...orderedPair(from, to), mutual, updatedAt: now })
    .onConflictDoUpdate({
      target: [brokerageMeetings.sessionId, brokerageMeetings.aRegistrationId, brokerageMeetings.bRegistrationId],
      set: mutual ? { mutual: true, updatedAt: now } : { updatedAt: now },
    });
}

export type CreateRequestResult =
  | { ok: true; id: string; status: "pending" | "accepted" }
  | { ok: false; reason: "toSelf" | "notParticipant" | "deadlinePassed" | "alreadyRequested" };

/**
 * A meeting request from one participant to another (DOMAIN.md §5.5). Refused: to oneself, to someone
 * without a seat at the event (or who withdrew from the brokerage day), after the request deadline (or the session's start), twice to the same
 * person. A request to someone who already asked you is your consent: both are accepted and the
 * meeting is mutual.
 */
export async function createMeetingRequest(
  db: Database,
  params: {
    session: BrokerageSessionRow;
    fromRegistrationId: string;
    toRegistrationId: string;
    message: string | null;
    priority: number;
    now?: Date;
  },
): Promise<CreateRequestResult> {
  const now = params.now ?? new Date();
  const { session } = params;
  if (params.fromRegistrationId === params.toRegistrationId) return { ok: false, reason: "toSelf" };
  if (now > (session.requestDeadline ?? session.startsAt)) return { ok: false, reason: "deadlinePassed" };
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.id, params.toRegistrationId),
          eq(eventRegistrations.eventId, session.eventId),
          eq(eventRegistrations.status, "registered"),
          notWithdrawn,
        ),
      )
      .limit(1);
    if (!target) return { ok: false, reason: "notParticipant" };
    const [reverse] = await tx
      .select({ id: brokerageRequests.id, status: brokerageRequests.status })
      .from(brokerageRequests)
      .where(
        and(
          eq(brokerageRequests.sessionId, session.id),
          eq(brokerageRequests.fromRegistrationId, params.toRegistrationId),
          eq(brokerageRequests.toRegistrationId, params.fromRegistrationId),
        ),
      )
      .limit(1);
    const consented = reverse !== undefined && (reverse.status === "pending" || reverse.status === "accepted");
    const [row] = await tx
      .insert(brokerageRequests)
      .values({
        sessionId: session.id,
        fromRegistrationId: params.fromRegistrationId,
        toRegistrationId: params.toRegistrationId,
        message: params.message,
        priority: params.priority,
        status: consented ? "accepted" : "pending",
        createdAt: now,
        respondedAt: consented ? now : null,
      })
      .onConflictDoNothing()
      .returning({ id: brokerageRequests.id });
    if (!row) return { ok: false, reason: "alreadyRequested" };
    if (consented) {
      if (reverse.status === "pending") {
        await tx.update(brokerageRequests).set({ status: "accepted", respondedAt: now }).where(eq(brokerageRequests.id, reverse.id));
      }
      await ensureMeeting(tx, session.id, params.fromRegistrationId, params.toRegistrationId, true, now);
    }
    return { ok: true, id: row.id, status: consented ? "accepted" : "pending" };
  });
}

/**
 * The person asked accepts or declines a pending request; acceptance creates the pair's meeting for the
 * organiser's scheduler. False when there is no pending request to them under that id.
 */
export async function respondToMeetingRequest(
  db: Database,
  params: { sessionId: string; requestId: string; registrationId: string; accept: boolean; now?: Date },
): Promise<boolean> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(brokerageRequests)
      .set({ status: params.accept ? "accepted" : "declined", respondedAt: now })
      .where(
        and(
          eq(brokerageRequests.id, params.requestId),
          eq(brokerageRequests.sessionId, params.sessionId),
          eq(brokerageRequests.toRegistrationId, params.registrationId),
          eq(brokerageRequests.status, "pending"),
        ),
      )
      .returning({ from: brokerageRequests.fromRegistrationId, to: brokerageRequests.toRegistrationId });
    if (!row) return false;
    if (params.accept) await ensureMeeting(tx, params.sessionId, row.from, row.to, false, now);
    return true;
  });
}

const fromRegistration = alias(eventRegistrations, "from_registration");
const toRegistration = alias(eventRegistrations, "to_registration");
const fromUser = alias(users, "from_user");
const toUser = alias(users, "to_user");
const fromOrganisation = alias(organisations, "from_organisation");
const toOrganisation = alias(organisations, "to_organisation");

/**
 * Requests of a session with both sides' names, by priority then oldest first; only those sent or received by
 * `registrationId` when given (a participant's view), all of them for the organiser.
 */
export async function listMeetingRequests(db: Database, params: { sessionId: string; registrationId?: string }) {
  const mine = params.registrationId;
  return db
    .select({
      id: brokerageRequests.id,
      fromRegistrationId: brokerageRequests.fromRegistrationId,
      toRegistrationId: brokerageRequests.toRegistrationId,
      fromName: fromUser.name,
      fromOrganisation: fromOrganisation.name,
      toName: toUser.name,
      toOrganisation: toOrganisation.name,
      message: brokerageRequests.message,
      priority: brokerageRequests.priority,
      status: brokerageRequests.status,
      createdAt: brokerageRequests.createdAt,
    })
    .from(brokerageRequests)
    .innerJoin(fromRegistration, eq(fromRegistration.id, brokerageRequests.fromRegistrationId))
    .innerJoin(toRegistration, eq(toRegistration.id, brokerageRequests.toRegistrationId))
    .innerJoin(fromUser, eq(fromUser.id, fromRegistration.userId))
    .innerJoin(toUser, eq(toUser.id, toRegistration.userId))
    .leftJoin(fromOrganisation, eq(fromOrganisation.id, fromRegistration.organisationId))
    .leftJoin(toOrganisation, eq(toOrganisation.id, toRegistration.organisationId))
    .where(
      and(
        eq(brokerageRequests.sessionId, params.sessionId),
        mine ? or(eq(brokerageRequests.fromRegistrationId, mine), eq(brokerageRequests.toRegistrationId, mine)) : undefined,
      ),
    )
    .orderBy(asc(brokerageRequests.priority), asc(brokerageRequests.createdAt), asc(brokerageRequests.id));
}
export type MeetingRequestRow = Awaited<ReturnType<typeof listMeetingRequests>>[number];
