import { cancelEnrolment, enrolOrganisation, isRatingOpen, listCatalogue, rateService, recordAudit } from "@clusterwerk/db";
import {
  catalogueSortKeys,
  errorMessages,
  id,
  pagination,
  searchTerm,
  serviceCatalogueFilters,
  serviceRating,
  sortInput,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterInsiderProcedure, memberInClusterProcedure } from "../trpc";

const enrolmentErrors = {
  notFound: { code: "NOT_FOUND", message: errorMessages.serviceNotFound },
  notOpen: { code: "BAD_REQUEST", message: errorMessages.serviceNotOpen },
  alreadyEnrolled: { code: "CONFLICT", message: errorMessages.alreadyEnrolled },
  full: { code: "CONFLICT", message: errorMessages.serviceFull },
} as const;

/** The members' side of the service catalogue (DOMAIN.md §3), spread into the service router. */
export const serviceEnrolmentProcedures = {
  /**
   * Members and managers of the cluster: its active and planned services with places taken, filtered by
   * need category and format; for the organisations the caller represents here, their enrolment and
   * whether it may be rated yet.
   */
  catalogue: clusterInsiderProcedure
    .input(z.object({ search: searchTerm, ...serviceCatalogueFilters, ...pagination, ...sortInput(catalogueSortKeys) }))
    .query(async ({ ctx, input }) => {
      const organisationIds = ctx.roles.flatMap((role) =>
        role.kind === "member" && role.clusterId === ctx.clusterId ? [role.organisationId] : [],
      );
      const page = await listCatalogue(ctx.db, { ...input, clusterId: ctx.clusterId, organisationIds });
      const now = new Date();
      return {
        ...page,
        items: page.items.map((service) => ({
          ...service,
          enrolments: service.enrolments.map((enrolment) => ({
            ...enrolment,
            canRate: isRatingOpen(service, enrolment.enrolledAt, now),
          })),
        })),
      };
    }),

  /**
   * Contact persons of the organisation acting in the cluster: enrol it in an active or planned service.
   * Capacity holds under concurrency (the last place goes once); a second enrolment changes nothing.
   */
  enrol: memberInClusterProcedure.input(z.object({ serviceId: id })).mutation(async ({ ctx, input }) => {
    const outcome = await enrolOrganisation(ctx.db, {
      serviceId: input.serviceId,
      clusterId: ctx.clusterId,
      organisationId: ctx.organisationId,
      userId: ctx.userId,
    });
    if (!outcome.ok) throw new TRPCError(enrolmentErrors[outcome.reason]);
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.enrolled",
      entity: "service",
      entityId: input.serviceId,
      clusterId: ctx.clusterId,
      details: { organisationId: ctx.organisationId },
    });
    return { enrolmentId: outcome.enrolmentId };
  }),

  /** Contact persons of the organisation acting in the cluster: withdraw its enrolment (frees the place). */
  cancelEnrolment: memberInClusterProcedure.input(z.object({ serviceId: id })).mutation(async ({ ctx, input }) => {
    const cancelled = await cancelEnrolment(ctx.db, { ...input, clusterId: ctx.clusterId, organisationId: ctx.organisationId });
    if (!cancelled) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.notEnrolled });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.enrolmentCancelled",
      entity: "service",
      entityId: input.serviceId,
      clusterId: ctx.clusterId,
      details: { organisationId: ctx.organisationId },
    });
    return { cancelled: true as const };
  }),

  /** Contact persons of an enrolled organisation acting in the cluster: rate the service 1–5 after use; again to change it. */
  rate: memberInClusterProcedure.input(serviceRating.extend({ serviceId: id })).mutation(async ({ ctx, input }) => {
    const outcome = await rateService(ctx.db, {
      serviceId: input.serviceId,
      clusterId: ctx.clusterId,
      organisationId: ctx.organisationId,
      rating: input.rating,
      comment: input.comment,
    });
    if (!outcome.ok) {
      throw outcome.reason === "notEnrolled"
        ? new TRPCError({ code: "NOT_FOUND", message: errorMessages.notEnrolled })
        : new TRPCError({ code: "BAD_REQUEST", message: errorMessages.ratingTooEarly });
    }
    return { rating: input.rating };
  }),
};
