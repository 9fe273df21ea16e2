import {
  type BrokerageSessionRow,
  type Database,
  findBrokerageEvent,
  findParticipantRegistration,
  listPublishedSeats,
  listSessionMeetings,
  type SessionMeetingRow,
  sessionSlots,
} from "@clusterwerk/db";
import { errorMessages, toLocalDateTime } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { notFound } from "./trpc";

/** The event and its B2B session for a procedure; NOT_FOUND for another cluster's event, BAD_REQUEST before a session exists. */
export async function requireBrokerage(db: Database, params: { eventId: string; clusterId: string }) {
  const found = await findBrokerageEvent(db, params);
  if (!found) throw notFound();
  if (!found.session) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.brokerageNoSession });
  return { event: found.event, session: found.session };
}

/** The caller's seat at the event: only seated people are participants (DOMAIN.md §5.5). */
export async function requireSeat(db: Database, params: { eventId: string; userId: string }): Promise<string> {
  const registrationId = await findParticipantRegistration(db, params);
  if (!registrationId) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.brokerageNotParticipant });
  return registrationId;
}

/** The session's slots as pages show them: number, instants and wall-clock times in the event's zone. */
export function describeSlots(session: BrokerageSessionRow, timeZone: string) {
  return sessionSlots(session).map((slot) => ({
    ...slot,
    startsAtLocal: toLocalDateTime(slot.startsAt, timeZone),
    endsAtLocal: toLocalDateTime(slot.endsAt, timeZone),
  }));
}

/** The session's fields as its form shows them (wall-clock times in the event's zone). */
export function describeSession(session: BrokerageSessionRow, timeZone: string) {
  return {
    ...session,
    startsAtLocal: toLocalDateTime(session.startsAt, timeZone),
    endsAtLocal: toLocalDateTime(session.endsAt, timeZone),
    requestDeadlineLocal: session.requestDeadline ? toLocalDateTime(session.requestDeadline, timeZone) : null,
  };
}

/**
 * One participant's agenda: their meetings with the other person, the slot's times and the table, in
 * time order; meetings without a place are left out (the organiser's page shows those with reasons).
 */
export function agendaOf(meetings: readonly SessionMeetingRow[], registrationId: string, session: BrokerageSessionRow) {
  const slots = sessionSlots(session);
  return meetings.flatMap((m) => {
    const slot = m.slot === null ? undefined : slots[m.slot];
    if (!slot || m.tableNumber === null) return [];
    const mineIsA = m.aRegistrationId === registrationId;
    return [
      {
        meetingId: m.id,
        sequence: m.sequence,
        updatedAt: m.updatedAt,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        table: m.tableNumber,
        withName: mineIsA ? m.bName : m.aName,
        withOrganisation: mineIsA ? m.bOrganisation : m.aOrganisation,
      },
    ];
  });
}
export type AgendaEntry = ReturnType<typeof agendaOf>[number];

/** A person's published agendas across events, for their calendar feed (only events still not cancelled). */
export async function personalAgendas(db: Database, userId: string) {
  const seats = await listPublishedSeats(db, userId);
  return Promise.all(
    seats.map(async (seat) => ({
      eventId: seat.eventId,
      eventTitle: seat.eventTitle,
      location: seat.location,
      /** The participant's brokerage page, relative to the portal's origin. */
      path: `/c/${seat.clusterSlug}/events/${seat.eventId}/brokerage`,
      entries: agendaOf(
        await listSessionMeetings(db, { sessionId: seat.session.id, registrationId: seat.registrationId }),
        seat.registrationId,
        seat.session,
      ),
    })),
  );
}
