import { indicatorById, type IndicatorId, type IndicatorValues, type LabelLevel } from "@clusterwerk/scoring/benchmark";
import type { LabelAwardStatus } from "@clusterwerk/scoring/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { benchmarkings, labelAwards } from "../schema";

/** A finalised benchmarking as the label rules read it (values on the scoring package's scale, yes/no as booleans). */
export interface FinalisedBenchmarking {
  id: string;
  date: string;
  values: IndicatorValues;
  validatedImprovements: IndicatorId[];
}

/** Stored values are numeric (yes = 1, no = 0); the label rules and the `label` command take yes/no as booleans. */
function indicatorValues(stored: Record<string, number | null>): IndicatorValues {
  const values: IndicatorValues = {};
  for (const [indicatorId, value] of Object.entries(stored)) {
    const indicator = indicatorById(indicatorId as IndicatorId);
    values[indicator.id] = value === null ? null : indicator.kind.type === "boolean" ? value === 1 : value;
  }
  return values;
}

/** Every finalised benchmarking of the cluster with its values, oldest first (the label rules pick assessed and previous). */
export async function finalisedBenchmarkingsOf(db: Database, clusterId: string): Promise<FinalisedBenchmarking[]> {
  return (await finalisedBenchmarkingsOfClusters(db, [clusterId])).get(clusterId) ?? [];
}

/**
 * The finalised benchmarkings of many clusters at once, by cluster id, oldest first: one query, the values
 * of each benchmarking gathered into one JSON object by the database (a row per benchmarking, not per value).
 */
export async function finalisedBenchmarkingsOfClusters(
  db: Database,
  clusterIds: readonly string[],
): Promise<Map<string, FinalisedBenchmarking[]>> {
  const byCluster = new Map<string, FinalisedBenchmarking[]>();
  if (clusterIds.length === 0) return byCluster;
  const rows = await db
    .select({
      id: benchmarkings.id,
      clusterId: benchmarkings.clusterId,
      date: benchmarkings.benchmarkDate,
      validatedImprovements: benchmarkings.validatedImprovements,
      // Qualified by hand: drizzle writes a single table's columns unqualified, which the subquery would misread.
      values: sql<Record<string, number | null>>`coalesce((select json_object_agg(v.indicator_id, v.value)
        from benchmarking_values v where v.benchmarking_id = "benchmarkings"."id"), '{}'::json)`,
    })
    .from(benchmarkings)
    .where(and(inArray(benchmarkings.clusterId, [...clusterIds]), eq(benchmarkings.status, "finalised")))
    .orderBy(asc(benchmarkings.benchmarkDate));
  for (const row of rows) {
    const list = byCluster.get(row.clusterId) ?? [];
    list.push({
      id: row.id,
      date: row.date,
      values: indicatorValues(row.values),
      validatedImprovements: row.validatedImprovements as IndicatorId[],
    });
    byCluster.set(row.clusterId, list);
  }
  return byCluster;
}

/** The awards of many clusters with what the validity rules read (level, status, dates), by cluster id. */
export async function labelAwardDatesOfClusters(db: Database, clusterIds: readonly string[]) {
  const byCluster = new Map<string, { id: string; level: LabelLevel; status: LabelAwardStatus; validFrom: string; validUntil: string }[]>();
  if (clusterIds.length === 0) return byCluster;
  const rows = await db
    .select({
      id: labelAwards.id,
      clusterId: labelAwards.clusterId,
      level: labelAwards.level,
      status: labelAwards.status,
      validFrom: labelAwards.validFrom,
      validUntil: labelAwards.validUntil,
    })
    .from(labelAwards)
    .where(inArray(labelAwards.clusterId, [...clusterIds]));
  for (const { clusterId, ...award } of rows) byCluster.set(clusterId, [...(byCluster.get(clusterId) ?? []), award]);
  return byCluster;
}
