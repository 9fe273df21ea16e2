import { createBenchmarking, type Database, deriveIndicatorValues } from "@clusterwerk/db";
import { INDICATOR_CATALOGUE_VERSION, indicatorCatalogue } from "@clusterwerk/scoring";

const DEMO_MANAGER = "manager@smart-industries.example";

/**
 * A draft benchmarking of Smart Industries (DOMAIN.md §6) as its manager would start it on the first of
 * the current month: derived values from the demo's members, prospects, events, services and needs with
 * their sources, M1/M2/M7 from the cluster record, the rest for the manager to enter. Deterministic for
 * a month; returns its id.
 */
export async function seedDemoBenchmarking(
  tx: Database,
  params: { clusterIds: ReadonlyMap<string, string>; userIds: ReadonlyMap<string, string>; now: Date },
): Promise<string> {
  const clusterId = params.clusterIds.get("smart-industries");
  const userId = params.userIds.get(DEMO_MANAGER);
  if (!clusterId || !userId) throw new Error("demo cluster or manager missing");
  const benchmarkDate = `${params.now.toISOString().slice(0, 8)}01`;
  const values = await deriveIndicatorValues(tx, clusterId, benchmarkDate, indicatorCatalogue);
  if (!values) throw new Error("demo cluster missing");
  const id = await createBenchmarking(tx, { clusterId, benchmarkDate, catalogueVersion: INDICATOR_CATALOGUE_VERSION, userId, values });
  if (!id) throw new Error(`demo benchmarking of ${benchmarkDate} exists already`);
  return id;
}
