import { countReferenceBenchmarkings, recordAudit, upsertReferenceBenchmarkings } from "@clusterwerk/db";
import { INDICATOR_CATALOGUE_VERSION } from "@clusterwerk/scoring/benchmark";
import { referenceImportChunk } from "@clusterwerk/validators";
import { createTRPCRouter, labelStaffProcedure } from "../trpc";

/** The reference database of DOMAIN.md §6.2 (issue 10 item 4): external benchmarking results imported from CSV. */
export const referenceBenchmarkingRouter = createTRPCRouter({
  /** Label staff (assessors, admins): how many reference benchmarkings there are, and how many of them demo data. */
  summary: labelStaffProcedure.query(({ ctx }) => countReferenceBenchmarkings(ctx.db)),

  /**
   * Label staff (assessors, admins): one chunk (≤ 500) of rows the import preview accepted; checked again
   * here and written idempotently by the import key, with the current catalogue version; the chunk and its
   * audit entry in one transaction, so a killed import leaves whole chunks only.
   */
  importChunk: labelStaffProcedure.input(referenceImportChunk).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await upsertReferenceBenchmarkings(tx, {
        rows: input.rows.map((row) => ({ ...row, catalogueVersion: INDICATOR_CATALOGUE_VERSION })),
        source: input.source,
        importedBy: ctx.userId,
      });
      await recordAudit(tx, {
        actorUserId: ctx.userId,
        action: "reference-benchmarkings.imported",
        entity: "reference_benchmarkings",
        entityId: null,
        clusterId: null,
        details: { source: input.source, ...result },
      });
      return result;
    }),
  ),
});
