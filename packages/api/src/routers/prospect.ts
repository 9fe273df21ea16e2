import { convertProspect, loadClusterProspects, markProspectContacted, prospectCluster, recordAudit } from "@clusterwerk/db";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { errorMessages, validationMessages as m, prospectImportChunk, prospectListInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { loadGrowthPotential } from "../growth-potential";
import { importProspectChunk } from "../prospect-import";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure } from "../trpc";

const prospectNotFound = () => new TRPCError({ code: "NOT_FOUND", message: errorMessages.prospectNotFound });

/** Managers of the cluster that owns the prospect named by `prospectId`. */
const managerOfProspect = managerOfRecordProcedure("prospectId", prospectCluster);

/** Growth potential (issue 9, DOMAIN.md §1 "Prospect", S8): the prospect import, the "who to approach" list, contact and conversion. */
export const prospectRouter = createTRPCRouter({
  /**
   * Managers of the cluster: one chunk (≤ 500) of rows the import preview accepted; checked again here,
   * geocoded offline where the file gave no coordinates, written idempotently by the import key. The chunk
   * and its audit entry are one transaction: a process killed mid-import leaves whole chunks only, and
   * sending the file again completes it (docs/ARCHITECTURE.md "Faults").
   */
  importChunk: managerProcedure.input(prospectImportChunk).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await importProspectChunk(tx, { clusterId: ctx.clusterId, rows: input.rows });
      await recordAudit(tx, {
        actorUserId: ctx.userId,
        action: "prospects.imported",
        entity: "cluster",
        entityId: ctx.clusterId,
        clusterId: ctx.clusterId,
        details: { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged },
      });
      return result;
    }),
  ),

  /**
   * Managers of the cluster: the prospects ranked by relevance with their reasons, one page, filtered by
   * search, status and relevance; with S8 (regional penetration) and the cluster's focus.
   */
  ranking: managerProcedure.input(prospectListInput).query(async ({ ctx, input }) => {
    const today = calendarDayOf(new Date());
    const growth = await loadGrowthPotential(ctx.db, ctx.clusterId, today);
    const term = input.search?.toLocaleLowerCase("de");
    const matching = growth.ranked.filter(
      ({ prospect, relevance }) =>
        (!input.status || prospect.status === input.status) &&
        (!input.relevantOnly || relevance.relevant) &&
        (!term || `${prospect.name} ${prospect.city} ${prospect.postalCode ?? ""}`.toLocaleLowerCase("de").includes(term)),
    );
    const start = input.cursor ?? 0;
    const end = start + input.limit;
    return {
      asOf: today,
      items: matching.slice(start, end).map(({ prospect, relevance }) => ({ ...prospect, relevance })),
      nextCursor: end < matching.length ? end : null,
      total: matching.length,
      prospects: growth.ranked.length,
      relevant: growth.relevantCount,
      penetration: growth.penetration,
      focus: growth.focus,
      radiusKm: growth.region.radiusKm,
    };
  }),

  /** Managers of the prospect's cluster: mark it as contacted (today). */
  markContacted: managerOfProspect.mutation(async ({ ctx, input }) => {
    const updated = await markProspectContacted(ctx.db, { prospectId: input.prospectId, clusterId: ctx.clusterId });
    if (!updated) throw prospectNotFound();
    return updated;
  }),

  /**
   * Managers of the prospect's cluster: convert it — creates the organisation with the chosen member
   * category and an active membership from today, and marks the prospect converted, in one transaction.
   */
  convert: managerOfProspect.input(z.object({ category: z.enum(memberCategories, m.invalidChoice) })).mutation(async ({ ctx, input }) => {
    const converted = await convertProspect(ctx.db, {
      prospectId: input.prospectId,
      clusterId: ctx.clusterId,
      category: input.category,
      joinedOn: calendarDayOf(new Date()),
      changedBy: ctx.userId,
    });
    if (!converted) throw prospectNotFound();
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "prospect.converted",
      entity: "organisation",
      entityId: converted.organisationId,
      clusterId: ctx.clusterId,
      details: { prospectId: input.prospectId, name: converted.name },
    });
    return converted;
  }),

  /** Managers of the cluster: every prospect for the CSV export (the route handler writes it; formula cells neutralised there). */
  export: managerProcedure.query(({ ctx }) => loadClusterProspects(ctx.db, ctx.clusterId)),
});
