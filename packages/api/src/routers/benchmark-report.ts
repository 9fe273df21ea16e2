import { findBenchmarkingCluster, loadLabelHistory, loadReportBenchmarking } from "@clusterwerk/db";
import type { IndicatorId } from "@clusterwerk/scoring/benchmark";
import { errorMessages } from "@clusterwerk/validators";
import { buildBenchmarkReport } from "../benchmark-report";
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
   */
  report: reportReader.query(async ({ ctx, input }) => {
    const benchmarking = await loadReportBenchmarking(ctx.db, { benchmarkingId: input.benchmarkingId, clusterId: ctx.clusterId });
    if (!benchmarking) throw notFound(errorMessages.notFound);
    const [reference, history] = await Promise.all([
      referencePoolFor(ctx.db, benchmarking.benchmarkDate),
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
  }),
});
