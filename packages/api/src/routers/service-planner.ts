import { listPlanCandidates, loadCoverageRows, recordAudit, setServiceStatus } from "@clusterwerk/db";
import { planCandidateStatuses } from "@clusterwerk/scoring/domain";
import { isOpenNeed, loadMipSolver, planInputSchema, searchServicePlan } from "@clusterwerk/scoring/needs";
import { errorMessages, id, validationMessages as m, searchTerm, servicePlanInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { managerProcedure } from "../trpc";

/** Services the planner chooses among (DOMAIN.md §3). */
const isCandidate = (status: string) => (planCandidateStatuses as readonly string[]).includes(status);

/** The service planner (DOMAIN.md §3, SCORING-CLI.md `plan`), spread into the service router. */
export const servicePlannerProcedures = {
  /**
   * Managers of the cluster: the services the planner may choose (ideas and planned ones, or one of the two
   * by `status`), matching `search`, with their cost and linked open needs.
   */
  planCandidates: managerProcedure
    .input(z.object({ search: searchTerm, status: z.enum(planCandidateStatuses, m.invalidChoice).optional() }))
    .query(async ({ ctx, input }) => {
      const rows = await listPlanCandidates(ctx.db, {
        clusterId: ctx.clusterId,
        statuses: input.status ? [input.status] : planCandidateStatuses,
        search: input.search,
      });
      return rows.map(({ costCents, ...service }) => ({ ...service, cost: costCents === null ? null : costCents / 100 }));
    }),

  /**
   * Managers of the cluster: the plan that covers the most importance of open needs within the budget.
   * The needs are the cluster's open needs that no active service covers yet (a running service needs no
   * budget); each candidate addresses the open ones among its linked needs, at the cost the manager gives.
   * Exact by integer programming within the solver's reproducible limits, else the greedy; the plan says which.
   */
  plan: managerProcedure.input(servicePlanInput).mutation(async ({ ctx, input }) => {
    const rows = await loadCoverageRows(ctx.db, { clusterId: ctx.clusterId });
    const byId = new Map(rows.services.map((service) => [service.id, service]));
    const candidates = input.candidates.map((candidate) => ({ ...candidate, service: byId.get(candidate.serviceId) }));
    if (candidates.some((candidate) => !candidate.service || !isCandidate(candidate.service.status))) {
      throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.serviceNotFound });
    }
    const running = new Set(rows.services.filter((service) => service.status === "active").flatMap((service) => service.addresses));
    const needs = rows.needs.filter((need) => isOpenNeed(need) && !running.has(need.id));
    const needIds = new Set(needs.map((need) => need.id));
    const parsed = planInputSchema.parse({
      budget: input.budget,
      needs: needs.map((need) => ({ id: need.id, importance: need.importance })),
      services: candidates.map((candidate) => ({
        id: candidate.serviceId,
        cost: candidate.cost,
        addresses: (candidate.service?.addresses ?? []).filter((needId) => needIds.has(needId)),
      })),
    });
    const { plan } = searchServicePlan(parsed, await loadMipSolver());
    const needById = new Map(needs.map((need) => [need.id, need]));
    const costOf = new Map(input.candidates.map((candidate) => [candidate.serviceId, candidate.cost]));
    return {
      method: plan.method,
      budget: input.budget,
      cost: plan.cost,
      coveredImportance: plan.coveredImportance,
      totalImportance: plan.totalImportance,
      selected: plan.selected.map((serviceId) => ({
        id: serviceId,
        title: byId.get(serviceId)?.title ?? "",
        status: byId.get(serviceId)?.status ?? "idea",
        cost: costOf.get(serviceId) ?? 0,
      })),
      uncovered: plan.uncovered.flatMap((needId) => {
        const need = needById.get(needId);
        return need
          ? [
              {
                id: need.id,
                title: need.title,
                category: need.category,
                importance: need.importance,
                organisationName: need.organisationName,
              },
            ]
          : [];
      }),
    };
  }),

  /** Managers of the cluster: mark the plan's services that are still ideas as planned (they then count as coverage). */
  markPlanned: managerProcedure
    .input(z.object({ serviceIds: z.array(id).min(1, m.chooseAtLeastOne).max(2000, m.tooLong) }))
    .mutation(async ({ ctx, input }) => {
      const changed = await setServiceStatus(ctx.db, {
        ids: input.serviceIds,
        clusterId: ctx.clusterId,
        status: "planned",
        onlyFrom: ["idea"],
      });
      for (const serviceId of changed) {
        await recordAudit(ctx.db, {
          actorUserId: ctx.userId,
          action: "service.planned",
          entity: "service",
          entityId: serviceId,
          clusterId: ctx.clusterId,
        });
      }
      return { planned: changed.length };
    }),
};
