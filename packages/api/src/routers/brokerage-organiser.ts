import {
  eventCluster,
  findBrokerageEvent,
  listAvailability,
  listBrokerageParticipants,
  listMeetingRequests,
  listScheduleRuns,
  listSessionMeetings,
  loadScheduleInput,
  lockMeeting,
  publishBrokerageSchedule,
  recordAudit,
  saveBrokerageSession,
  saveScheduleRun,
  unlockMeeting,
} from "@clusterwerk/db";
import { findEventIssue, scheduleMeetings } from "@clusterwerk/scoring/scheduling";
import {
  brokerageSessionFields,
  errorMessages,
  fromLocalDateTime,
  meetingLockInput,
  meetingUnlockInput,
  toLocalDateTime,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { dayCalendarOf, describeSession, describeSlots, requireBrokerage } from "../brokerage-view";
import { managerOfRecordProcedure, notFound } from "../trpc";

const managedEvent = managerOfRecordProcedure("eventId", eventCluster);
const badRequest = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

const lockRefusals = {
  notFound: errorMessages.notFound,
  unknownSlot: errorMessages.brokerageLockUnknownSlot,
  unavailable: errorMessages.brokerageLockUnavailable,
  participantLocked: errorMessages.brokerageLockOverlap,
  tableTaken: errorMessages.brokerageLockTableTaken,
  tablesFull: errorMessages.brokerageLockTablesFull,
} as const;

/** Brokerage days (DOMAIN.md §5.5), the organiser's side: the session, the scheduler, locks, publishing. Spread into the `brokerage` router. */
export const brokerageOrganiserProcedures = {
  /**
   * Managers of the event's cluster: everything the organiser's page shows — the session (null before
   * one exists), slots, participants with their available slot count, requests, meetings with their
   * place or the engine's reason, and the runs.
   */
  manage: managedEvent.query(async ({ ctx, input }) => {
    const found = await findBrokerageEvent(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    if (!found) throw notFound();
    const { event, session } = found;
    if (!session) {
      // The form proposes the event's own times for a first session.
      const eventLocal = {
        startsAt: toLocalDateTime(event.startsAt, event.timeZone),
        endsAt: toLocalDateTime(event.endsAt, event.timeZone),
      };
      return { event, session: null, eventLocal };
    }
    const [participants, windows, requests, meetings, runs, scheduleInput] = await Promise.all([
      listBrokerageParticipants(ctx.db, event.id),
      listAvailability(ctx.db, session.id),
      listMeetingRequests(ctx.db, { sessionId: session.id }),
      listSessionMeetings(ctx.db, { sessionId: session.id }),
      listScheduleRuns(ctx.db, session.id),
      loadScheduleInput(ctx.db, session),
    ]);
    const availableCount = new Map(scheduleInput.event.participants.map((p) => [p.id, p.available.length]));
    return {
      event,
      session: describeSession(session, event.timeZone),
      slots: describeSlots(session, event.timeZone),
      participants: participants.map((p) => ({
        ...p,
        availableSlots: availableCount.get(p.registrationId) ?? 0,
        windows: windows.get(p.registrationId)?.length ?? 0,
      })),
      requests,
      meetings,
      runs,
    };
  }),

  /**
   * Managers of the event's cluster: create or change the B2B session (within the event; requests close
   * by its start). A changed slot grid clears the schedule and its locks.
   */
  saveSession: managedEvent.input(brokerageSessionFields).mutation(async ({ ctx, input }) => {
    const found = await findBrokerageEvent(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    if (!found) throw notFound();
    const zone = found.event.timeZone;
    const result = await saveBrokerageSession(ctx.db, {
      eventId: input.eventId,
      clusterId: ctx.clusterId,
      values: {
        startsAt: fromLocalDateTime(input.startsAt, zone),
        endsAt: fromLocalDateTime(input.endsAt, zone),
        slotMinutes: input.slotMinutes,
        tables: input.tables,
        requestDeadline: input.requestDeadline ? fromLocalDateTime(input.requestDeadline, zone) : null,
      },
    });
    if (result.ok) return { id: result.session.id };
    if (result.reason === "notFound") throw notFound();
    throw badRequest(
      result.reason === "outsideEvent" ? errorMessages.brokerageSessionOutsideEvent : errorMessages.brokerageDeadlineAfterStart,
    );
  }),

  /**
   * Managers of the event's cluster: run the scheduler (scoring's `scheduleMeetings`, SCORING-CLI.md
   * `schedule`) on the accepted requests; locked meetings keep their slot; the result and a run record are stored.
   */
  run: managedEvent.mutation(async ({ ctx, input }) => {
    const { session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const started = performance.now();
    const loaded = await loadScheduleInput(ctx.db, session);
    // Locks are checked when set and availability changes may not strand them, so an issue here is a race.
    if (findEventIssue(loaded.event)) throw badRequest(errorMessages.brokerageLockOverlap);
    const result = scheduleMeetings(loaded.event);
    const run = await saveScheduleRun(ctx.db, {
      session,
      meetings: loaded.meetings.filter((m) => !loaded.dropped.includes(m)),
      dropped: loaded.dropped,
      result,
      ranBy: ctx.userId,
      durationMs: Math.round(performance.now() - started),
    });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "brokerage.scheduled",
      entity: "event",
      entityId: input.eventId,
      clusterId: ctx.clusterId,
    });
    return { placed: run.placed, unplaced: run.unplaced, upperBound: run.upperBound, method: run.method };
  }),

  /** Managers of the event's cluster: pin a meeting to a slot (and table); refusals (overlapping locks, unavailable people) change nothing. */
  lock: managedEvent.input(meetingLockInput).mutation(async ({ ctx, input }) => {
    const { session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const result = await lockMeeting(ctx.db, { session, meetingId: input.meetingId, slot: input.slot, table: input.table });
    if (!result.ok) throw result.reason === "notFound" ? notFound() : badRequest(lockRefusals[result.reason]);
    return { locked: true };
  }),

  /** Managers of the event's cluster: release a lock (the meeting keeps its place until the next run). */
  unlock: managedEvent.input(meetingUnlockInput).mutation(async ({ ctx, input }) => {
    const { session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    if (!(await unlockMeeting(ctx.db, { sessionId: session.id, meetingId: input.meetingId }))) throw notFound();
    return { locked: false };
  }),

  /**
   * Managers of the event's cluster: the whole day's schedule for the organiser's calendar file (.ics):
   * every placed meeting with both people and its table, and meetings that lost their place as cancelled.
   */
  dayCalendar: managedEvent.query(async ({ ctx, input }) => {
    const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const meetings = await listSessionMeetings(ctx.db, { sessionId: session.id });
    return { event, meetings: dayCalendarOf(meetings, session) };
  }),

  /** Managers of the event's cluster: publish the schedule; participants see their agendas and calendar entries from then on. */
  publish: managedEvent.mutation(async ({ ctx, input }) => {
    const { session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    await publishBrokerageSchedule(ctx.db, { sessionId: session.id });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "brokerage.published",
      entity: "event",
      entityId: input.eventId,
      clusterId: ctx.clusterId,
    });
    return { published: true };
  }),
};
