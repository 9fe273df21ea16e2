import { allowedLevelsOf } from "@clusterwerk/api";
import { createFinalisedBenchmarking, indicatorValuesAt, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { indicatorCatalogue, type IndicatorValues } from "@clusterwerk/scoring/benchmark";
import type { Benchmark, Figure } from "./lib/figure";
import { percentile, seededRandom } from "./lib/timing";

/** About ESCA's database (DOMAIN.md §6: 1,292 benchmarked clusters). */
const CLUSTERS = 1_300;
const TARGET_MS = 1_000;
const RUNS = 5;

/** Values between baseline and gold for every scored indicator, so all three levels and every reason occur. */
function randomValues(random: () => number): IndicatorValues {
  const values: IndicatorValues = {};
  // About a tenth of the clusters are strong (Gold holders are about a tenth of the labels, §6.3).
  const strong = random() < 0.1;
  for (const indicator of indicatorCatalogue.indicators) {
    if (!indicator.scoring) continue;
    if (indicator.kind.type === "boolean") values[indicator.id] = random() < 0.8;
    else {
      const { baseline, gold } = indicator.scoring;
      const value = baseline + (gold - baseline) * (random() * 1.4 + (strong ? 0.4 : -0.3));
      const max = "max" in indicator.kind && indicator.kind.max !== null ? indicator.kind.max : Number.POSITIVE_INFINITY;
      values[indicator.id] = Math.min(max, Math.max(indicator.kind.min, Math.round(value * 10) / 10));
    }
  }
  return values;
}

/**
 * The portal's label eligibility for all 1,300 clusters (issue 10: under 1 s): each cluster's latest
 * finalised benchmarking, about a third with an earlier one 20 months before (Silver's timing) and an
 * earlier Bronze award (renewal), read from PGlite and decided by the label rules — the same function the
 * assessors' work list calls.
 */
async function eligibilityFigures(): Promise<Figure[]> {
  const handle = await createTestDatabase();
  try {
    const random = seededRandom(10);
    const latest: { id: string; clusterId: string; benchmarkDate: string }[] = [];
    const clusters = await handle.db
      .insert(schema.clusters)
      .values(
        Array.from({ length: CLUSTERS }, (_, index) => ({
          slug: `bench-cluster-${index}`,
          name: `Bench Cluster ${index}`,
          managementOrganisation: "Bench",
          country: "DE",
          region: "Bench",
          city: "Mannheim",
          lat: 49.49,
          lon: 8.47,
          sectorField: "ICT",
        })),
      )
      .returning({ id: schema.clusters.id });
    const [assessor] = await handle.db
      .insert(schema.users)
      .values({ email: "bench-assessor@bench.example" })
      .returning({ id: schema.users.id });
    if (!assessor) throw new Error("no assessor");
    for (const { id: clusterId } of clusters) {
      const withPrevious = random() < 0.35;
      if (withPrevious) {
        const previous = await createFinalisedBenchmarking(handle.db, {
          clusterId,
          benchmarkDate: "2024-09-10",
          values: indicatorValuesAt("baseline"),
        });
        await handle.db.insert(schema.labelAwards).values({
          clusterId,
          benchmarkingId: previous,
          level: "bronze",
          rationale: "Bench",
          awardedBy: assessor.id,
          validFrom: "2024-09-10",
          validUntil: "2026-09-10",
          status: "awarded",
        });
      }
      const benchmarkDate = "2026-05-10";
      const id = await createFinalisedBenchmarking(handle.db, {
        clusterId,
        benchmarkDate,
        values: randomValues(random),
        validatedImprovements: withPrevious ? ["S1", "S6", "V2", "I1"] : [],
      });
      latest.push({ id, clusterId, benchmarkDate });
    }
    const samples: number[] = [];
    let allowed: Awaited<ReturnType<typeof allowedLevelsOf>> = new Map();
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      allowed = await allowedLevelsOf(handle.db, latest);
      samples.push(performance.now() - started);
    }
    const median = percentile(samples, 50);
    const counts = { bronze: 0, silver: 0, gold: 0 };
    for (const levels of allowed.values()) for (const level of levels) counts[level] += 1;
    console.log(`eligible: ${counts.bronze} Bronze, ${counts.silver} Silver, ${counts.gold} Gold of ${CLUSTERS} clusters`);
    const round = (value: number) => Math.round(value * 10) / 10;
    return [
      {
        name: "labels: eligibility of all 1,300 clusters from the database (median of 5)",
        value: round(median),
        unit: "ms",
        target: `< ${TARGET_MS} ms`,
        ok: median < TARGET_MS,
      },
      {
        name: "labels: eligibility of all clusters, ratio to target",
        value: round(median / TARGET_MS),
        unit: "×",
        target: "< 1",
        ok: median < TARGET_MS,
      },
    ];
  } finally {
    await handle.close();
  }
}

export const labelsBenchmark: Benchmark = { name: "labels", run: eligibilityFigures };
