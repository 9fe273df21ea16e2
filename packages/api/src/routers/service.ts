import {
  createService,
  findService,
  listLinkableNeeds,
  listServices,
  recordAudit,
  serviceCluster,
  setServiceNeeds,
  setServiceStatus,
  updateService,
} from "@clusterwerk/db";
import { serviceStatuses } from "@clusterwerk/scoring/domain";
import {
  errorMessages,
  validationMessages as m,
  pagination,
  searchTerm,
  serviceFields,
  serviceNeedLinks,
  serviceSortKeys,
  sortInput,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure } from "../trpc";
import { serviceCoverageProcedures } from "./service-coverage";
import { serviceEnrolmentProcedures } from "./service-enrolment";
import { servicePlannerProcedures } from "./service-planner";

const serviceNotFound = () => new TRPCError({ code: "NOT_FOUND", message: errorMessages.serviceNotFound });

/** Managers of the cluster that owns the service named by `serviceId`. */
const managerOfService = managerOfRecordProcedure("serviceId", serviceCluster);

/** Tailored services of a cluster (DOMAIN.md §3): the managers' catalogue, need links, enrolments, coverage and the planner. */
export const serviceRouter = createTRPCRouter({
  /** Managers of the cluster: its services in every status, searchable and filterable by status. */
  list: managerProcedure
    .input(
      z.object({
        search: searchTerm,
        status: z.enum(serviceStatuses, m.invalidChoice).optional(),
        ...pagination,
        ...sortInput(serviceSortKeys),
      }),
    )
    .query(({ ctx, input }) => listServices(ctx.db, { ...input, clusterId: ctx.clusterId })),

  /** Managers of the cluster: a new service; the creating manager is its owner. */
  create: managerProcedure.input(serviceFields).mutation(async ({ ctx, input }) => {
    const created = await createService(ctx.db, { clusterId: ctx.clusterId, ownerUserId: ctx.userId, fields: input });
    if (!created) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: errorMessages.internal });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.created",
      entity: "service",
      entityId: created.id,
      clusterId: ctx.clusterId,
      details: { title: created.title, status: created.status },
    });
    return { id: created.id };
  }),

  /** Managers of the service's cluster: the service with the ids of the needs it addresses. */
  get: managerOfService.query(async ({ ctx, input }) => {
    const service = await findService(ctx.db, { id: input.serviceId, clusterId: ctx.clusterId });
    if (!service) throw serviceNotFound();
    return service;
  }),

  /** Managers of the service's cluster: change its fields (the owner stays the creating manager). */
  update: managerOfService.input(serviceFields).mutation(async ({ ctx, input }) => {
    const updated = await updateService(ctx.db, { id: input.serviceId, clusterId: ctx.clusterId, fields: input });
    if (!updated) throw serviceNotFound();
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.updated",
      entity: "service",
      entityId: updated.id,
      clusterId: ctx.clusterId,
      details: { status: updated.status },
    });
    return { id: updated.id };
  }),

  /** Managers of the service's cluster: retire it (the portal asks for confirmation first); it leaves the members' catalogue and stops covering needs. */
  retire: managerOfService.mutation(async ({ ctx, input }) => {
    const changed = await setServiceStatus(ctx.db, { ids: [input.serviceId], clusterId: ctx.clusterId, status: "retired" });
    if (changed.length === 0) throw serviceNotFound();
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.retired",
      entity: "service",
      entityId: input.serviceId,
      clusterId: ctx.clusterId,
    });
    return { id: input.serviceId };
  }),

  /** Managers of the service's cluster: the needs it may address (open needs of its categories) and those it addresses now. */
  linkableNeeds: managerOfService.query(async ({ ctx, input }) => {
    const service = await findService(ctx.db, { id: input.serviceId, clusterId: ctx.clusterId });
    if (!service) throw serviceNotFound();
    return listLinkableNeeds(ctx.db, { serviceId: service.id, clusterId: ctx.clusterId, categories: service.needCategories });
  }),

  /** Managers of the service's cluster: set the needs it addresses (replaces the selection); only needs of the cluster. */
  setNeeds: managerOfService.input(serviceNeedLinks).mutation(async ({ ctx, input }) => {
    const saved = await setServiceNeeds(ctx.db, { serviceId: input.serviceId, clusterId: ctx.clusterId, needIds: input.needIds });
    if (!saved) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.needNotLinkable });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.needsLinked",
      entity: "service",
      entityId: input.serviceId,
      clusterId: ctx.clusterId,
      details: { needs: input.needIds.length },
    });
    return { linked: new Set(input.needIds).size };
  }),

  ...serviceEnrolmentProcedures,
  ...serviceCoverageProcedures,
  ...servicePlannerProcedures,
});
