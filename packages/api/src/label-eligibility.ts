import {
  type Database,
  type FinalisedBenchmarking,
  finalisedBenchmarkingsOf,
  finalisedBenchmarkingsOfClusters,
  labelAwardDatesOfClusters,
  labelAwardsOf,
} from "@clusterwerk/db";
import { assessLabels, type LabelAssessment, type LabelInput, type LabelLevel, labelLevels } from "@clusterwerk/scoring/benchmark";
import type { LabelAwardStatus } from "@clusterwerk/scoring/domain";

/**
 * Stands for the second assessor while a Gold award waits for confirmation: Gold is awarded when every
 * other condition holds and becomes effective only when a different assessor confirms it (§6.3), at which
 * point the rules run again with both real assessors.
 */
export const PENDING_SECOND_ASSESSOR = "second assessor (confirmation pending)";

/** An award as the label rules read earlier awards: only those in effect count for renewal (§6.3). */
interface StoredAward {
  id: string;
  level: LabelLevel;
  status: LabelAwardStatus;
  validFrom: string;
  validUntil: string;
}

/**
 * The `label` command's input for one cluster, built from the database exactly as SCORING-CLI.md reads it:
 * every finalised benchmarking (the rules pick the assessed one, the latest on or before `asOf`, and the
 * previous one), the awards in effect (not superseded, not waiting for confirmation; `exceptAwardId`, the
 * award a correction replaces, left out) and the assessors deciding.
 */
export function labelCommandInput(params: {
  asOf: string;
  benchmarkings: readonly FinalisedBenchmarking[];
  awards: readonly StoredAward[];
  assessors: readonly string[];
  exceptAwardId?: string;
}): LabelInput {
  return {
    asOf: params.asOf,
    benchmarkings: params.benchmarkings.map(({ date, values, validatedImprovements }) => ({ date, values, validatedImprovements })),
    awards: params.awards
      .filter((award) => award.status === "awarded" && award.id !== params.exceptAwardId)
      .map(({ level, validFrom, validUntil }) => ({ level, validFrom, validUntil })),
    assessors: [...params.assessors],
  };
}

/** The cluster's label history: finalised benchmarkings and every award. */
export async function labelHistory(db: Database, clusterId: string) {
  const [benchmarkings, awards] = await Promise.all([finalisedBenchmarkingsOf(db, clusterId), labelAwardsOf(db, clusterId)]);
  return { benchmarkings, awards };
}
export type LabelHistory = Awaited<ReturnType<typeof labelHistory>>;

/**
 * Eligibility of a finalised benchmarking (dated `asOf`) as `viewerId` sees it: the rules with the viewer
 * and, when a Gold award on it waits, its awarding assessor as the assessors. `awardable` says which levels
 * the viewer may award now: the rules allow it (Gold: with a second assessor to confirm) and the
 * benchmarking holds no current award of that level.
 */
export function eligibilityFor(history: LabelHistory, benchmarking: { id: string; benchmarkDate: string }, viewerId: string) {
  const onBenchmarking = history.awards.filter((award) => award.benchmarkingId === benchmarking.id && award.status !== "superseded");
  const pendingGold = onBenchmarking.find((award) => award.status === "awaiting_confirmation");
  const assessors = pendingGold && pendingGold.awardedBy !== viewerId ? [pendingGold.awardedBy, viewerId] : [viewerId];
  const input = (names: readonly string[]) =>
    labelCommandInput({ asOf: benchmarking.benchmarkDate, benchmarkings: history.benchmarkings, awards: history.awards, assessors: names });
  const assessment = assessLabels(input(assessors));
  const awardAssessment = assessLabels(input([viewerId, PENDING_SECOND_ASSESSOR]));
  const awardable = Object.fromEntries(
    labelLevels.map((level) => [level, awardAssessment[level].eligible && !onBenchmarking.some((award) => award.level === level)]),
  ) as Record<LabelLevel, boolean>;
  return { input: input(assessors), assessment, awardable, awardAssessment };
}

/**
 * Which levels the rules allow on each of many finalised benchmarkings (Gold: given a second assessor to
 * confirm), with three queries for all their clusters: the assessors' work list, and `bench/labels.ts`
 * for every cluster at once.
 */
export async function allowedLevelsOf(
  db: Database,
  benchmarkings: readonly { id: string; clusterId: string; benchmarkDate: string }[],
): Promise<Map<string, LabelLevel[]>> {
  const clusterIds = [...new Set(benchmarkings.map((benchmarking) => benchmarking.clusterId))];
  const [histories, awards] = await Promise.all([
    finalisedBenchmarkingsOfClusters(db, clusterIds),
    labelAwardDatesOfClusters(db, clusterIds),
  ]);
  const allowed = new Map<string, LabelLevel[]>();
  for (const benchmarking of benchmarkings) {
    const assessment = assessLabels(
      labelCommandInput({
        asOf: benchmarking.benchmarkDate,
        benchmarkings: histories.get(benchmarking.clusterId) ?? [],
        awards: awards.get(benchmarking.clusterId) ?? [],
        assessors: [PENDING_SECOND_ASSESSOR, "assessor"],
      }),
    );
    allowed.set(
      benchmarking.id,
      labelLevels.filter((level) => assessment[level].eligible),
    );
  }
  return allowed;
}

export type { LabelAssessment };
