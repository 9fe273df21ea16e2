import { createFinalisedBenchmarking, type Database, indicatorValuesAt, schema } from "@clusterwerk/db";
import { addMonths, assessLabels, type IndicatorValues, type LabelLevel } from "@clusterwerk/scoring";

/**
 * Demo labels (DOMAIN.md §6.3), so the registry shows something on first start: each case is a finalised
 * benchmarking of a demo cluster and an award the label rules allow (validity from `assessLabels`), made
 * by the demo assessors; Gold confirmed by the second one. Dates count back from `now`, deterministic.
 */
interface DemoLabel {
  cluster: string;
  /** Months before `now` of the benchmark date. */
  monthsAgo: number;
  values: IndicatorValues;
  level: LabelLevel;
  rationale: string;
}

const demoLabels: readonly DemoLabel[] = [
  {
    cluster: "smart-industries",
    monthsAgo: 2,
    // 34 committed members, 5 categories, 1.8 FTE: Bronze; strategy of 2021 (M7 = 4 years) misses Silver and Gold.
    values: indicatorValuesAt("baseline", { S1: 34, S2: 5, M2: 1.8, M7: 4 }),
    level: "bronze",
    rationale:
      "Finalisiertes Benchmarking: 34 verpflichtete Mitglieder, 5 Mitgliederkategorien, 1,8 VZÄ Clustermanagement – " +
      "die Zulassungskriterien für Bronze sind erfüllt.",
  },
  {
    cluster: "neckarmobil",
    monthsAgo: 5,
    values: indicatorValuesAt("gold", { S4: 55, V5: 2 }),
    level: "gold",
    rationale: "Alle Mindestanforderungen erfüllt, 140 von 150 Punkten; von zwei Begutachtenden entschieden.",
  },
  {
    cluster: "donau-werkstoffe",
    monthsAgo: 9,
    values: indicatorValuesAt("baseline", { S1: 22, S2: 4 }),
    level: "bronze",
    rationale: "Zulassungskriterien erfüllt (22 Mitglieder, 4 Kategorien, 1,0 VZÄ).",
  },
  {
    cluster: "elbe-digital",
    monthsAgo: 27,
    values: indicatorValuesAt("baseline", { S1: 18 }),
    level: "bronze",
    rationale: "Zulassungskriterien erfüllt; das Label ist inzwischen abgelaufen.",
  },
];

const DEMO_ASSESSOR = "assessor@clusterwerk.example";
const DEMO_SECOND_ASSESSOR = "assessor2@clusterwerk.example";

export async function seedDemoLabels(
  tx: Database,
  params: { clusterIds: ReadonlyMap<string, string>; userIds: ReadonlyMap<string, string>; now: Date },
): Promise<number> {
  const today = params.now.toISOString().slice(0, 10);
  const assessor = params.userIds.get(DEMO_ASSESSOR);
  const second = params.userIds.get(DEMO_SECOND_ASSESSOR);
  if (!assessor || !second) throw new Error("demo assessors missing");
  let issued = 0;
  for (const demo of demoLabels) {
    const clusterId = params.clusterIds.get(demo.cluster);
    if (!clusterId) throw new Error(`unknown demo cluster ${demo.cluster}`);
    // The 15th of the month, so day clamping never moves a date and the dates stay the same all month.
    const benchmarkDate = `${addMonths(today, -demo.monthsAgo).slice(0, 8)}15`;
    const benchmarkingId = await createFinalisedBenchmarking(tx, { clusterId, benchmarkDate, values: demo.values, assessorId: assessor });
    const assessors = demo.level === "gold" ? [assessor, second] : [assessor];
    const decision = assessLabels({
      asOf: benchmarkDate,
      benchmarkings: [{ date: benchmarkDate, values: demo.values }],
      awards: [],
      assessors,
    })[demo.level];
    if (!decision.eligible) throw new Error(`demo label ${demo.cluster} ${demo.level} not allowed: ${decision.reasons.join("; ")}`);
    issued += 1;
    const awardedAt = new Date(`${addMonths(benchmarkDate, 1)}T10:00:00Z`);
    await tx.insert(schema.labelAwards).values({
      clusterId,
      benchmarkingId,
      level: demo.level,
      rationale: demo.rationale,
      awardedBy: assessor,
      awardedAt,
      validFrom: decision.validFrom,
      validUntil: decision.validUntil,
      status: "awarded",
      confirmedBy: demo.level === "gold" ? second : null,
      confirmedAt: demo.level === "gold" ? awardedAt : null,
      certificateNumber: `CW-${awardedAt.getUTCFullYear()}-${String(900_000 + issued).padStart(6, "0")}`,
    });
  }
  return issued;
}
