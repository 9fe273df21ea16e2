import { INDICATOR_CATALOGUE_VERSION, indicatorCatalogue, type IndicatorValues, numericValue } from "@clusterwerk/scoring/benchmark";
import type { Database } from "../client";
import { benchmarkings, benchmarkingValues } from "../schema";

/**
 * Indicator values with every scored indicator at its `gold` or `baseline` threshold (yes for M8) and
 * the unscored ones absent, then `overrides`. At gold: 150 points and all knock-outs (every label's
 * conditions but Silver's timing); at baseline: 75 points, all knock-outs, Bronze only.
 */
export function indicatorValuesAt(threshold: "gold" | "baseline", overrides: IndicatorValues = {}): IndicatorValues {
  const values: IndicatorValues = {};
  for (const indicator of indicatorCatalogue.indicators) {
    if (!indicator.scoring) continue;
    values[indicator.id] = indicator.kind.type === "boolean" ? true : indicator.scoring[threshold];
  }
  return { ...values, ...overrides };
}

/**
 * A finalised benchmarking of a cluster with the given values, as the review workflow leaves it (tests,
 * end-to-end specs and the demo build label cases on it without walking the workflow). Returns its id.
 */
export async function createFinalisedBenchmarking(
  db: Database,
  params: {
    clusterId: string;
    benchmarkDate: string;
    values: IndicatorValues;
    validatedImprovements?: string[];
    assessorId?: string | null;
  },
): Promise<string> {
  const at = new Date(`${params.benchmarkDate}T12:00:00Z`);
  const [row] = await db
    .insert(benchmarkings)
    .values({
      clusterId: params.clusterId,
      benchmarkDate: params.benchmarkDate,
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      status: "finalised",
      validatedImprovements: params.validatedImprovements ?? [],
      submittedAt: at,
      reviewStartedAt: at,
      reviewedBy: params.assessorId ?? null,
      finalisedAt: at,
      finalisedBy: params.assessorId ?? null,
    })
    .returning({ id: benchmarkings.id });
  if (!row) throw new Error("insert into benchmarkings returned no row");
  const rows = Object.entries(params.values).map(([indicatorId, value]) => {
    const indicator = indicatorCatalogue.indicators.find((candidate) => candidate.id === indicatorId);
    return {
      benchmarkingId: row.id,
      indicatorId,
      origin: indicator?.source ?? "reported",
      value: numericValue(value),
      sourceDe: indicator?.source === "derived" ? "Testdaten" : null,
      sourceEn: indicator?.source === "derived" ? "test data" : null,
    };
  });
  if (rows.length > 0) await db.insert(benchmarkingValues).values(rows);
  return row.id;
}
