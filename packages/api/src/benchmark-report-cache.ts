import type { Database, ReportBenchmarking } from "@clusterwerk/db";
import type { BenchmarkReport } from "./benchmark-report";

/** Reports kept per database; the oldest used goes first (a report is a few kilobytes). */
const MAX_REPORTS = 256;

/** Per database (tests open several in one process): benchmarking id → the report and the inputs it was built from. */
const cache = new WeakMap<Database, Map<string, { key: string; report: BenchmarkReport }>>();

/**
 * The report of a benchmarking, built by `build` only when its inputs changed (issue 10: page data under
 * 50 ms). The key is everything the report reads: the benchmarking as loaded now (cluster attributes,
 * date, status, catalogue version, validated improvements, values) and the reference pool's fingerprint,
 * which also moves with the cluster's label history (finalised benchmarkings, awards). So a finalised,
 * frozen benchmarking is computed once per pool; a draft again after each edit; every benchmarking after
 * an import, a finalisation or an award. The report is shared between callers, who only read it.
 */
export async function cachedBenchmarkReport(
  db: Database,
  inputs: { benchmarking: ReportBenchmarking; poolVersion: string },
  build: () => Promise<BenchmarkReport>,
): Promise<BenchmarkReport> {
  const reports = cache.get(db) ?? new Map<string, { key: string; report: BenchmarkReport }>();
  cache.set(db, reports);
  const key = `${inputs.poolVersion}\n${JSON.stringify(inputs.benchmarking)}`;
  const id = inputs.benchmarking.id;
  const cached = reports.get(id);
  reports.delete(id);
  const report = cached?.key === key ? cached.report : await build();
  reports.set(id, { key, report });
  for (const oldest of reports.keys()) {
    if (reports.size <= MAX_REPORTS) break;
    reports.delete(oldest);
  }
  return report;
}
