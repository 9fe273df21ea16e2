import { findBenchmarkingCluster, loadLabelHistory, loadReportInputs } from "@clusterwerk/db";
import type { IndicatorId } from "@clusterwerk/scoring/benchmark";
import { errorMessages } from "@clusterwerk/validators";
import { buildBenchmarkReport } from "../benchmark-report";
import { cachedBenchmarkReport } from "../benchmark-report-cache";
import { referencePoolFor } from "../reference-pool-cache";
import { createTRPCRouter, managerOrAssessorOfRecordProcedure, notFound } from "../trpc";

/** Managers of the benchmarking's cluster and assessors. */
const reportReader = managerOrAssessorOfRecordProcedure("benchmarkingId", findBenchmarkingCluster);

/** The benchmarking report (issue 10 item 5, DOMAIN.md §6.2–6.3): the page and the PDF read the same procedure. */
export const benchmarkReportRouter = createTRPCRouter({
  /**
   * Managers of the benchmarking's cluster and assessors (members: FORBIDDEN; another cluster's: NOT_FOUND):
   * the cluster against the sector, country and best-in-class groups of the reference pool on the
   * benchmark date, strengths and development areas, area percentiles and the distance to each label.
   * One statement reads the benchmarking and the pool's fingerprint; the rest only when they changed.
   */
  report: reportReader.query(async ({ ctx, input }) => {
    const inputs = await loadReportInputs(ctx.db, { benchmarkingId: input.benchmarkingId, clusterId: ctx.clusterId });
    if (!inputs) throw notFound(errorMessages.notFound);
    const { benchmarking, poolVersion } = inputs;
    return cachedBenchmarkReport(ctx.db, inputs, async () => {
      const [reference, history] = await Promise.all([
        referencePoolFor(ctx.db, { asOf: benchmarking.benchmarkDate, version: poolVersion }),
        loadLabelHistory(ctx.db, { clusterId: ctx.clusterId, upTo: benchmarking.benchmarkDate, exceptId: benchmarking.id }),
      ]);
      return buildBenchmarkReport({
        benchmarking,
        reference,
        history: {
          awards: history.awards,
          benchmarkings: history.benchmarkings.map((entry) => ({
            ...entry,
            validatedImprovements: entry.validatedImprovements as IndicatorId[],
          })),
        },
      });
    });
  }),
});
