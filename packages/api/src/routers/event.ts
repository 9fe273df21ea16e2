import {
  createEvent,
  eventCluster,
  type EventValues,
  findClusterEvent,
  listClusterEvents,
  listEventRegistrations,
  recordAudit,
  registrationCluster,
  setCheckIn,
  setEventStatus,
  updateEvent,
} from "@clusterwerk/db";
import {
  errorMessages,
  type EventFields,
  eventFields,
  eventPeriod,
  eventSortKeys,
  fromLocalDateTime,
  pagination,
  sortInput,
  toLocalDateTime,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure, notFound } from "../trpc";
import { eventParticipationProcedures } from "./event-participation";
import { mailPromotions } from "./event-mail";

/** The form's wall-clock times in the event's zone become instants (ARCHITECTURE.md: timestamptz). */
function eventValues(fields: EventFields): EventValues {
  return {
    ...fields,
    startsAt: fromLocalDateTime(fields.startsAt, fields.timeZone),
    endsAt: fromLocalDateTime(fields.endsAt, fields.timeZone),
  };
}

const managedEvent = managerOfRecordProcedure("eventId", eventCluster);

export const eventRouter = createTRPCRouter({
  /** Managers of the cluster: a new event, as a draft that members do not see until it is published. */
  create: managerProcedure.input(eventFields).mutation(async ({ ctx, input }) => {
    const event = await createEvent(ctx.db, { ...eventValues(input), clusterId: ctx.clusterId, createdBy: ctx.userId });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "event.created",
      entity: "event",
      entityId: event.id,
      clusterId: ctx.clusterId,
    });
    return { id: event.id };
  }),

  /** Managers of the event's cluster: change it (SEQUENCE rises; a larger capacity moves waiting persons up, who are mailed). */
  update: managedEvent.input(eventFields).mutation(async ({ ctx, input }) => {
    const result = await updateEvent(ctx.db, { id: input.eventId, clusterId: ctx.clusterId, values: eventValues(input) });
    if (!result) throw notFound();
    await mailPromotions(ctx.db, result.event, result.promoted);
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "event.updated",
      entity: "event",
      entityId: input.eventId,
      clusterId: ctx.clusterId,
    });
    return { id: result.event.id, promoted: result.promoted.length };
  }),

  /** Managers of the event's cluster: publish a draft, so the cluster's members see it and register. */
  publish: managedEvent.mutation(async ({ ctx, input }) => {
    const event = await setEventStatus(ctx.db, { id: input.eventId, clusterId: ctx.clusterId, status: "published" });
    if (!event) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.eventStateChanged });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "event.published",
      entity: "event",
      entityId: event.id,
      clusterId: ctx.clusterId,
    });
    return { id: event.id, status: event.status };
  }),

  /** Managers of the event's cluster: cancel it; it stays in registered persons' calendars, marked cancelled. */
  cancel: managedEvent.mutation(async ({ ctx, input }) => {
    const event = await setEventStatus(ctx.db, { id: input.eventId, clusterId: ctx.clusterId, status: "cancelled" });
    if (!event) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.eventStateChanged });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "event.cancelled",
      entity: "event",
      entityId: event.id,
      clusterId: ctx.clusterId,
    });
    return { id: event.id, status: event.status };
  }),

  /** Managers of the cluster: its events of every status, upcoming or past, with seats, waiting list and check-ins. */
  list: managerProcedure
    .input(z.object({ period: eventPeriod, ...pagination, ...sortInput(eventSortKeys) }))
    .query(({ ctx, input }) => listClusterEvents(ctx.db, { ...input, clusterId: ctx.clusterId })),

  /** Managers of the event's cluster: the event (with its times as the edit form shows them) and every registration. */
  manage: managedEvent.query(async ({ ctx, input }) => {
    const event = await findClusterEvent(ctx.db, { id: input.eventId, clusterId: ctx.clusterId });
    if (!event) throw notFound();
    const registrations = await listEventRegistrations(ctx.db, { eventId: event.id, clusterId: ctx.clusterId });
    return {
      event: {
        ...event,
        startsAtLocal: toLocalDateTime(event.startsAt, event.timeZone),
        endsAtLocal: toLocalDateTime(event.endsAt, event.timeZone),
      },
      registrations,
    };
  }),

  /**
   * Managers of the cluster of the registration's event: mark a seated person as attended, or undo it
   * (feeds I1–I3, so each is audited with who checked in whom).
   */
  checkIn: managerOfRecordProcedure("registrationId", registrationCluster)
    .input(z.object({ attended: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const row = await setCheckIn(ctx.db, { registrationId: input.registrationId, clusterId: ctx.clusterId, attended: input.attended });
      if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.notRegistered });
      await recordAudit(ctx.db, {
        actorUserId: ctx.userId,
        action: input.attended ? "event.checkedIn" : "event.checkInUndone",
        entity: "event_registration",
        entityId: row.id,
        clusterId: ctx.clusterId,
        details: { eventId: row.eventId, userId: row.userId },
      });
      return { id: row.id, checkedInAt: row.checkedInAt };
    }),

  ...eventParticipationProcedures,
});
