import { type Database, schema } from "@clusterwerk/db";
import { INDICATOR_CATALOGUE_VERSION, type IndicatorId } from "@clusterwerk/scoring/benchmark";

let day = 0;
/** A date of its own for every benchmarking (one per cluster and date), counting back from 2026-06-30. */
function nextDate(): string {
  day += 1;
  const date = new Date(Date.UTC(2026, 5, 30 - day));
  return date.toISOString().slice(0, 10);
}

/**
 * A finalised benchmarking of a cluster with its values (numeric scale, yes = 1), as the review workflow
 * leaves it (DOMAIN.md §6): submitted, reviewed and finalised, so it is part of the reference pool.
 */
export async function finalisedBenchmarking(
  db: Database,
  params: {
    clusterId: string;
    values: Partial<Record<IndicatorId, number>>;
    benchmarkDate?: string;
    validatedImprovements?: IndicatorId[];
  },
): Promise<{ id: string; benchmarkDate: string }> {
  const at = new Date("2026-06-30T10:00:00Z");
  const benchmarkDate = params.benchmarkDate ?? nextDate();
  const [row] = await db
    .insert(schema.benchmarkings)
    .values({
      clusterId: params.clusterId,
      benchmarkDate,
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      status: "finalised",
      validatedImprovements: params.validatedImprovements ?? [],
      submittedAt: at,
      reviewStartedAt: at,
      finalisedAt: at,
    })
    .returning({ id: schema.benchmarkings.id });
  if (!row) throw new Error("benchmarking not created");
  const values = Object.entries(params.values).map(([indicatorId, value]) => ({
    benchmarkingId: row.id,
    indicatorId,
    origin: "reported" as const,
    value,
  }));
  if (values.length > 0) await db.insert(schema.benchmarkingValues).values(values);
  return { id: row.id, benchmarkDate };
}
