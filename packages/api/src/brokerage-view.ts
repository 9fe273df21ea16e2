import {
  type BrokerageSessionRow,
  type Database,
  findBrokerageEvent,
  findParticipantRegistration,
  listPublishedSeats,
  listSessionMeetings,
  type SessionMeetingRow,
  type SessionSlot,
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

/** The other person of a participant's meeting, by name and organisation. */
function counterpartOf(m: SessionMeetingRow, registrationId: string) {
  const mineIsA = m.aRegistrationId === registrationId;
  return { withName: mineIsA ? m.bName : m.aName, withOrganisation: mineIsA ? m.bOrganisation : m.aOrganisation };
}

/**
 * Where a meeting stands in calendars: its slot's times and table; or, once it lost a place it had (a
 * re-run, a changed grid, a participant who withdrew), its last times as cancelled — calendars got it
 * once, so it stays under the same UID with a higher SEQUENCE and they update it in place (DOMAIN.md §5.5:
 * iCalendar that updates in place, no duplicates). Null for a meeting that never had a place.
 */
function calendarPlace(m: SessionMeetingRow, slots: readonly SessionSlot[]) {
  const slot = m.slot === null ? undefined : slots[m.slot];
  if (slot && m.tableNumber !== null) return { startsAt: slot.startsAt, endsAt: slot.endsAt, table: m.tableNumber, cancelled: false };
  if (m.slot === null && m.lastStartsAt && m.lastEndsAt)
    return { startsAt: m.lastStartsAt, endsAt: m.lastEndsAt, table: null, cancelled: true };
  return null;
}

/** A participant's meetings as their calendar shows them: placed ones and cancelled ones (`calendarPlace`). */
export function calendarOf(meetings: readonly SessionMeetingRow[], registrationId: string, session: BrokerageSessionRow) {
  const slots = sessionSlots(session);
  return meetings.flatMap((m) => {
    const place = calendarPlace(m, slots);
    return place ? [{ meetingId: m.id, sequence: m.sequence, updatedAt: m.updatedAt, ...place, ...counterpartOf(m, registrationId) }] : [];
  });
}
export type CalendarMeeting = ReturnType<typeof calendarOf>[number];

/**
 * One participant's agenda (page and PDF): their placed meetings with the other person, the slot's times
 * and the table, in time order; meetings without a place are left out (the organiser's page shows those with reasons).
 */
export function agendaOf(meetings: readonly SessionMeetingRow[], registrationId: string, session: BrokerageSessionRow) {
  return calendarOf(meetings, registrationId, session).flatMap(({ table, ...entry }) => (table === null ? [] : [{ ...entry, table }]));
}
export type AgendaEntry = ReturnType<typeof agendaOf>[number];

/** The whole day's meetings as the organiser's calendar shows them, with both people (`calendarPlace`). */
export function dayCalendarOf(meetings: readonly SessionMeetingRow[], session: BrokerageSessionRow) {
  const slots = sessionSlots(session);
  return meetings.flatMap((m) => {
    const place = calendarPlace(m, slots);
    if (!place) return [];
    const people = { aName: m.aName, aOrganisation: m.aOrganisation, bName: m.bName, bOrganisation: m.bOrganisation };
    return [{ meetingId: m.id, sequence: m.sequence, updatedAt: m.updatedAt, ...place, ...people }];
  });
}

/** A person's published agendas across events, for their calendar feed (only events still not cancelled), cancelled meetings included. */
export async function personalAgendas(db: Database, userId: string) {
  const seats = await listPublishedSeats(db, userId);
  return Promise.all(
    seats.map(async (seat) => {
      const meetings = await listSessionMeetings(db, { sessionId: seat.session.id, registrationId: seat.registrationId });
      return {
        eventId: seat.eventId,
        eventTitle: seat.eventTitle,
        location: seat.location,
        /** The participant's brokerage page, relative to the portal's origin. */
        path: `/c/${seat.clusterSlug}/events/${seat.eventId}/brokerage`,
        entries: calendarOf(meetings, seat.registrationId, seat.session),
      };
    }),
  );
}
