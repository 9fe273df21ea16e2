import {
  createMeetingRequest,
  findBrokerageWithdrawal,
  listAvailability,
  listBrokerageParticipants,
  listMeetingRequests,
  listSessionMeetings,
  respondToMeetingRequest,
  setAvailability,
  withdrawFromBrokerage,
} from "@clusterwerk/db";
import {
  brokerageAvailabilityInput,
  errorMessages,
  fromLocalDateTime,
  meetingRequestInput,
  meetingResponseInput,
  toLocalDateTime,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { agendaOf, calendarOf, describeSession, describeSlots, requireBrokerage, requireSeat } from "../brokerage-view";
import { announceBrokerageWithdrawal } from "../brokerage-withdrawal-notice";
import { createTRPCRouter, notFound } from "../trpc";
import { eventInsiderProcedure, eventMemberProcedure } from "./event-access";
import { brokerageOrganiserProcedures } from "./brokerage-organiser";

const badRequest = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/**
 * Brokerage days (DOMAIN.md §5.5), the participants' side: availability, meeting requests with the
 * other person's consent, and their agenda once the organiser publishes it. The organiser's side is
 * in brokerage-organiser.ts. Mounted as `brokerage`.
 */
export const brokerageRouter = createTRPCRouter({
  /**
   * Members and managers of the event's cluster: the session and, for a seated person, their windows,
   * the other participants, their requests and (once published) their agenda. `session` null: none yet;
   * `registrationId` null: no participant (`withdrawnAt` set when they withdrew from the day).
   */
  participant: eventInsiderProcedure.query(async ({ ctx, input }) => {
    const found = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId }).catch((error: unknown) => {
      if (error instanceof TRPCError && error.message === errorMessages.brokerageNoSession) return null;
      throw error;
    });
    if (!found) return { session: null };
    const { event, session } = found;
    const registrationId = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId }).catch(() => null);
    const base = { event, session: describeSession(session, event.timeZone), slots: describeSlots(session, event.timeZone) };
    if (!registrationId) {
      return {
        ...base,
        registrationId: null,
        withdrawnAt: await findBrokerageWithdrawal(ctx.db, { sessionId: session.id, userId: ctx.userId }),
      };
    }
    const [participants, windows, requests, meetings] = await Promise.all([
      listBrokerageParticipants(ctx.db, event.id),
      listAvailability(ctx.db, session.id, [registrationId]),
      listMeetingRequests(ctx.db, { sessionId: session.id, registrationId }),
      listSessionMeetings(ctx.db, { sessionId: session.id, registrationId }),
    ]);
    return {
      ...base,
      registrationId,
      withdrawnAt: null,
      participants: participants.filter((p) => p.registrationId !== registrationId),
      windows: (windows.get(registrationId) ?? []).map((w) => ({
        startsAt: toLocalDateTime(w.startsAt, event.timeZone),
        endsAt: toLocalDateTime(w.endsAt, event.timeZone),
      })),
      incoming: requests.filter((r) => r.toRegistrationId === registrationId),
      outgoing: requests.filter((r) => r.fromRegistrationId === registrationId),
      agenda: session.publishedAt ? agendaOf(meetings, registrationId, session) : null,
    };
  }),

  /**
   * Seated contact persons of the event: replace their availability windows (wall-clock times in the
   * event's zone). A window outside the session, or one leaving a locked meeting of theirs uncovered, is
   * refused and nothing changes.
   */
  setAvailability: eventMemberProcedure.input(brokerageAvailabilityInput).mutation(async ({ ctx, input }) => {
    const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const registrationId = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId });
    const windows = input.windows.map((w) => ({
      startsAt: fromLocalDateTime(w.startsAt, event.timeZone),
      endsAt: fromLocalDateTime(w.endsAt, event.timeZone),
    }));
    const result = await setAvailability(ctx.db, { session, registrationId, windows });
    if (!result.ok) {
      throw badRequest(
        result.reason === "outsideSession" ? errorMessages.brokerageAvailabilityOutside : errorMessages.brokerageAvailabilityLocked,
      );
    }
    return { windows: windows.length };
  }),

  /**
   * Seated contact persons of the event: ask another participant for a meeting. Refused: oneself, a
   * person without a seat, after the deadline, a second request to the same person.
   */
  request: eventMemberProcedure.input(meetingRequestInput).mutation(async ({ ctx, input }) => {
    const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const fromRegistrationId = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId });
    const result = await createMeetingRequest(ctx.db, {
      session,
      fromRegistrationId,
      toRegistrationId: input.toRegistrationId,
      message: input.message,
      priority: input.priority,
    });
    if (result.ok) return { id: result.id, status: result.status };
    if (result.reason === "toSelf") throw badRequest(errorMessages.brokerageRequestToSelf);
    if (result.reason === "notParticipant") throw notFound(errorMessages.brokerageNotParticipant);
    if (result.reason === "deadlinePassed") throw badRequest(errorMessages.brokerageRequestClosed);
    throw new TRPCError({ code: "CONFLICT", message: errorMessages.brokerageAlreadyRequested });
  }),

  /** Seated contact persons of the event: accept or decline a request made to them (§5.5: only accepted requests are scheduled). */
  respond: eventMemberProcedure.input(meetingResponseInput).mutation(async ({ ctx, input }) => {
    const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const registrationId = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId });
    const done = await respondToMeetingRequest(ctx.db, {
      sessionId: session.id,
      requestId: input.requestId,
      registrationId,
      accept: input.accept,
    });
    if (!done) throw badRequest(errorMessages.brokerageRequestNotPending);
    return { accepted: input.accept };
  }),

  /**
   * Seated contact persons of the event: withdraw from its brokerage day (DOMAIN.md §5.5). Their pending
   * requests are withdrawn and their meetings lose their place (calendars get them as cancelled); everyone
   * with a meeting or a pending request with them is notified in the portal and by mail. Once only.
   */
  withdraw: eventMemberProcedure.mutation(async ({ ctx, input }) => {
    const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
    const registrationId = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId });
    const result = await withdrawFromBrokerage(ctx.db, { sessionId: session.id, registrationId });
    if (!result.ok) throw badRequest(errorMessages.brokerageNotParticipant);
    await announceBrokerageWithdrawal(ctx.db, {
      event,
      clusterId: ctx.clusterId,
      userId: ctx.userId,
      registrationId,
      counterparts: result.counterparts,
      seatGivenUp: false,
    });
    return { notified: result.counterparts.length };
  }),

  /**
   * A published agenda for the PDF and calendar routes. Seated members: their own. Managers of the
   * event's cluster: any participant's (`registrationId`), published or not.
   */
  agenda: eventInsiderProcedure
    .input(z.object({ registrationId: z.string().uuid("invalidId").optional() }))
    .query(async ({ ctx, input }) => {
      const { event, session } = await requireBrokerage(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId });
      const own = await requireSeat(ctx.db, { eventId: event.id, userId: ctx.userId }).catch(() => null);
      const registrationId = input.registrationId && ctx.managesCluster ? input.registrationId : own;
      if (!registrationId) throw badRequest(errorMessages.brokerageNotParticipant);
      if (!session.publishedAt && !ctx.managesCluster) throw notFound();
      const participant = (await listBrokerageParticipants(ctx.db, event.id)).find((p) => p.registrationId === registrationId);
      if (!participant) throw notFound(errorMessages.brokerageNotParticipant);
      const meetings = await listSessionMeetings(ctx.db, { sessionId: session.id, registrationId });
      return {
        event,
        participant,
        clusterSlug: event.clusterSlug,
        entries: agendaOf(meetings, registrationId, session),
        calendar: calendarOf(meetings, registrationId, session),
      };
    }),

  ...brokerageOrganiserProcedures,
});
