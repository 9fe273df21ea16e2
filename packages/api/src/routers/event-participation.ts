import {
  cancelRegistration,
  createToken,
  findCalendarFeedOwner,
  findCalendarFeedToken,
  findMemberEvent,
  listOpenEvents,
  listPersonalEvents,
  registerForEvent,
  replaceCalendarFeed,
} from "@clusterwerk/db";
import { calendarToken, errorMessages, id, pagination } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterInsiderProcedure, notFound, protectedProcedure, publicProcedure } from "../trpc";
import { personalAgendas } from "../brokerage-view";
import { announceBrokerageWithdrawal } from "../brokerage-withdrawal-notice";
import { eventInsiderProcedure, eventMemberProcedure } from "./event-access";
import { mailPromotions } from "./event-mail";

/**
 * Taking part in events (DOMAIN.md §4): the members' list and event page, registering with capacity and
 * waiting list, the person's own events and their calendar feed. Spread into the event router.
 */
export const eventParticipationProcedures = {
  /** Members and managers of the cluster: its published events that have not ended, soonest first, with the caller's place. */
  open: clusterInsiderProcedure
    .input(z.object(pagination))
    .query(({ ctx, input }) => listOpenEvents(ctx.db, { ...input, clusterId: ctx.clusterId, userId: ctx.userId })),

  /** Members and managers of the event's cluster: a published or cancelled event (drafts are NOT_FOUND) with the caller's place. */
  detail: eventInsiderProcedure.query(async ({ ctx, input }) => {
    const event = await findMemberEvent(ctx.db, { id: input.eventId, clusterId: ctx.clusterId, userId: ctx.userId });
    if (!event) throw notFound();
    return { ...event, canRegister: ctx.organisationIds.length > 0 };
  }),

  /**
   * Contact persons of a member organisation of the event's cluster: register for it, for their
   * organisation (`organisationId` picks one when they act for several there). A full event puts them
   * on the waiting list; registering twice answers CONFLICT and changes nothing.
   */
  register: eventMemberProcedure.input(z.object({ organisationId: id.optional() })).mutation(async ({ ctx, input }) => {
    const organisationId = input.organisationId ?? ctx.organisationIds[0];
    if (!organisationId || !ctx.organisationIds.includes(organisationId)) throw notFound(errorMessages.organisationNotFound);
    const result = await registerForEvent(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId, userId: ctx.userId, organisationId });
    if (result.ok) return { status: result.status };
    if (result.reason === "notFound") throw notFound();
    if (result.reason === "alreadyRegistered") throw new TRPCError({ code: "CONFLICT", message: errorMessages.alreadyRegistered });
    throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.eventClosed });
  }),

  /**
   * Contact persons of a member organisation of the event's cluster: give up their seat or place; the first waiting
   * person moves up and is mailed. A seat at a brokerage day withdraws from the day too (DOMAIN.md §5.5): the
   * counterparts of their meetings and pending requests are told, and every calendar gets the meetings as cancelled.
   */
  cancelRegistration: eventMemberProcedure.mutation(async ({ ctx, input }) => {
    const result = await cancelRegistration(ctx.db, { eventId: input.eventId, clusterId: ctx.clusterId, userId: ctx.userId });
    if (!result.ok) {
      if (result.reason === "closed") throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.eventClosed });
      throw notFound(errorMessages.notRegistered);
    }
    const event = await findMemberEvent(ctx.db, { id: input.eventId, clusterId: ctx.clusterId, userId: ctx.userId });
    if (event) await mailPromotions(ctx.db, event, result.promoted);
    if (event && result.withdrawal) {
      await announceBrokerageWithdrawal(ctx.db, {
        event,
        clusterId: ctx.clusterId,
        userId: ctx.userId,
        ...result.withdrawal,
        seatGivenUp: true,
      });
    }
    return { promoted: result.promoted.length };
  }),

  /** Any signed-in person: the events they registered for, wait for or gave up, and their calendar feed token (null before they made one). */
  mine: protectedProcedure.query(async ({ ctx }) => {
    const [events, feedToken] = await Promise.all([listPersonalEvents(ctx.db, ctx.userId), findCalendarFeedToken(ctx.db, ctx.userId)]);
    return { events, feedToken };
  }),

  /** Any signed-in person: a new calendar feed address; the previous one stops working at once. */
  renewFeed: protectedProcedure.mutation(async ({ ctx }) => {
    const { token } = createToken();
    await replaceCalendarFeed(ctx.db, { userId: ctx.userId, token });
    return { feedToken: token };
  }),

  /**
   * Anyone holding a feed token (calendar apps cannot sign in): the token's owner, their events and their
   * published brokerage agendas (DOMAIN.md §5.5), for
   * the iCalendar feed route; null for an unknown or replaced token, which the route answers with 404.
   */
  feed: publicProcedure.input(z.object({ token: calendarToken })).query(async ({ ctx, input }) => {
    const owner = await findCalendarFeedOwner(ctx.db, input.token);
    if (!owner) return null;
    const [events, agendas] = await Promise.all([listPersonalEvents(ctx.db, owner.userId), personalAgendas(ctx.db, owner.userId)]);
    return { owner, events, agendas };
  }),
};
