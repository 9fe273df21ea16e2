import { createFinalisedBenchmarking, type Database } from "@clusterwerk/db";
import type { IndicatorValues } from "@clusterwerk/scoring/benchmark";

let day = 0;

/**
 * A finalised benchmarking of a cluster (`createFinalisedBenchmarking`), on a date of its own unless one
 * is given: one per cluster and date, so the matrix may make one per call. Dates count back from 2026-06-30.
 */
export async function finalisedBenchmarking(
  db: Database,
  params: { clusterId: string; values: IndicatorValues; benchmarkDate?: string },
): Promise<{ id: string; benchmarkDate: string }> {
  day += 1;
  const benchmarkDate = params.benchmarkDate ?? new Date(Date.UTC(2026, 5, 30 - day)).toISOString().slice(0, 10);
  return {
    id: await createFinalisedBenchmarking(db, { clusterId: params.clusterId, benchmarkDate, values: params.values }),
    benchmarkDate,
  };
}
