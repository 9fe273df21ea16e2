import type { BenchmarkingStatus } from "@clusterwerk/scoring/domain";
import type { IndicatorValues, LabelAward } from "@clusterwerk/scoring/benchmark";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Database } from "../client";
import { benchmarkings, benchmarkingValues, clusters, labelAwards } from "../schema";
import { referencePoolVersion, standingAwards, valuesOfBenchmarking } from "./reference-pool";

/** A benchmarking as its report reads it: the cluster's peer attributes and its values (numeric scale). */
export interface ReportBenchmarking {
  id: string;
  clusterId: string;
  clusterName: string;
  country: string;
  sectorField: string;
  benchmarkDate: string;
  status: BenchmarkingStatus;
  catalogueVersion: string;
  validatedImprovements: string[];
  values: IndicatorValues;
}

/** A benchmarking's indicator rows as values by id, missing ones left out (value null). */
function valuesById(rows: readonly { indicatorId: string; value: number | null }[]): IndicatorValues {
  const values: Record<string, number> = {};
  for (const row of rows) if (row.value !== null) values[row.indicatorId] = row.value;
  return values;
}

/**
 * Everything a report needs to know whether it changed, in one statement: the benchmarking with its
 * cluster and values, within `clusterId` (tenancy), and the reference pool's fingerprint. Null when the
 * benchmarking is not there.
 */
export async function loadReportInputs(
  db: Database,
  params: { benchmarkingId: string; clusterId: string },
): Promise<{ benchmarking: ReportBenchmarking; poolVersion: string } | null> {
  const [row] = await db
    .select({
      id: benchmarkings.id,
      clusterId: benchmarkings.clusterId,
      clusterName: clusters.name,
      country: clusters.country,
      sectorField: clusters.sectorField,
      benchmarkDate: benchmarkings.benchmarkDate,
      status: benchmarkings.status,
      catalogueVersion: benchmarkings.catalogueVersion,
      validatedImprovements: benchmarkings.validatedImprovements,
      values: valuesOfBenchmarking,
      poolVersion: referencePoolVersion,
    })
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(and(eq(benchmarkings.id, params.benchmarkingId), eq(benchmarkings.clusterId, params.clusterId)))
    .limit(1);
  if (!row) return null;
  const { poolVersion, ...benchmarking } = row;
  return { benchmarking, poolVersion };
}

/**
 * What the label rules need besides the benchmarking itself (§6.3): the cluster's other finalised
 * benchmarkings up to `upTo` with their values and validated improvements, and its standing awards.
 */
export async function loadLabelHistory(db: Database, params: { clusterId: string; upTo: string; exceptId: string }) {
  const [finalised, awards] = await Promise.all([
    db
      .select({
        id: benchmarkings.id,
        date: benchmarkings.benchmarkDate,
        validatedImprovements: benchmarkings.validatedImprovements,
        indicatorId: benchmarkingValues.indicatorId,
        value: benchmarkingValues.value,
      })
      .from(benchmarkings)
      .leftJoin(benchmarkingValues, eq(benchmarkingValues.benchmarkingId, benchmarkings.id))
      .where(
        and(
          eq(benchmarkings.clusterId, params.clusterId),
          eq(benchmarkings.status, "finalised"),
          lte(benchmarkings.benchmarkDate, params.upTo),
        ),
      )
      .orderBy(asc(benchmarkings.benchmarkDate)),
    db
      .select({ level: labelAwards.level, validFrom: labelAwards.validFrom, validUntil: labelAwards.validUntil })
      .from(labelAwards)
      .where(and(eq(labelAwards.clusterId, params.clusterId), inArray(labelAwards.status, standingAwards))),
  ]);
  const byId = new Map<string, { date: string; validatedImprovements: string[]; rows: { indicatorId: string; value: number | null }[] }>();
  for (const row of finalised) {
    if (row.id === params.exceptId) continue;
    const entry = byId.get(row.id) ?? { date: row.date, validatedImprovements: row.validatedImprovements, rows: [] };
    if (row.indicatorId !== null) entry.rows.push({ indicatorId: row.indicatorId, value: row.value });
    byId.set(row.id, entry);
  }
  return {
    benchmarkings: [...byId.values()].map((entry) => ({
      date: entry.date,
      validatedImprovements: entry.validatedImprovements,
      values: valuesById(entry.rows),
    })),
    awards: awards.map((award): LabelAward => ({
      level: award.level,
      validFrom: award.validFrom,
      validUntil: award.validUntil,
    })),
  };
}
