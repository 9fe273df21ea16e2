import type { ReportBenchmarking } from "@clusterwerk/db";
import {
  assessLabels,
  type BenchmarkingRecord,
  catalogueForVersion,
  computePeerReport,
  defaultLabelRules,
  distanceToNextLabel,
  type IndicatorArea,
  indicatorAreas,
  type IndicatorCatalogue,
  type IndicatorId,
  type IndicatorStatistics,
  indicatorCatalogue,
  type LabelAward,
  meetsThreshold,
  numericValue,
  type PeerGroupKind,
  type ReferenceBenchmarking,
  scoreBenchmarking,
  selectAssessedBenchmarkings,
  silverTimingReasons,
} from "@clusterwerk/scoring/benchmark";

/** A peer group as the report shows it: without its member ids (a thousand of them are no use on a page). */
export type ReportGroup =
  | { kind: PeerGroupKind; n: number; shown: true; indicators: Partial<Record<IndicatorId, IndicatorStatistics>> }
  | { kind: PeerGroupKind; n: number; shown: false };

/** One threshold the label rules ask of an indicator (knock-outs, Bronze's criteria). */
export interface Requirement {
  id: IndicatorId;
  threshold: number;
  direction: "higher" | "lower";
}

/**
 * The mean percentile of an area's indicators with an own value against one group: the radar of the
 * report (issue 10 item 5). Null when the group is hidden or the area has no percentile.
 */
function areaPercentiles(groups: readonly ReportGroup[], catalogue: IndicatorCatalogue) {
  return indicatorAreas.map((area: IndicatorArea) => {
    const byGroup = groups.map((group) => {
      if (!group.shown) return null;
      const percentiles = catalogue.indicators
        .filter((indicator) => indicator.area === area)
        .map((indicator) => group.indicators[indicator.id]?.percentile ?? null)
        .filter((percentile): percentile is number => percentile !== null);
      return percentiles.length === 0
        ? null
        : Math.round((10 * percentiles.reduce((sum, value) => sum + value, 0)) / percentiles.length) / 10;
    });
    return { area, sector: byGroup[0] ?? null, country: byGroup[1] ?? null, bestInClass: byGroup[2] ?? null };
  });
}

/**
 * How far the cluster is from each label on the benchmark date (§6.3), from the scoring package's label
 * functions: whether it is eligible, and what is missing, as data the portal turns into sentences
 * ("Silver needs one more validated improvement; Gold needs M2 ≥ 1.0 FTE and 14.5 more points").
 */
function labelDistance(
  record: BenchmarkingRecord,
  history: { benchmarkings: BenchmarkingRecord[]; awards: LabelAward[] },
  catalogue: IndicatorCatalogue,
) {
  const input = { asOf: record.date, benchmarkings: [...history.benchmarkings, record], awards: history.awards, assessors: [] };
  const assessment = assessLabels(input, defaultLabelRules, catalogue);
  const distance = distanceToNextLabel(input, defaultLabelRules, catalogue);
  const { assessed, previous } = selectAssessedBenchmarkings(input.benchmarkings, input.asOf);
  const byId = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const requirement = (id: IndicatorId, threshold: number): Requirement => ({
    id,
    threshold,
    direction: byId.get(id)?.direction ?? "higher",
  });
  const failedKnockouts = distance.failedKnockouts.map((id) => requirement(id, byId.get(id)?.scoring?.baseline ?? 0));
  const bronzeUnmet = defaultLabelRules.bronzeRequirements
    .filter(({ id, min }) => {
      const indicator = byId.get(id);
      const value = numericValue(record.values[id]);
      return indicator === undefined || value === null || !meetsThreshold(indicator, value, min);
    })
    .map(({ id, min }) => requirement(id, min));
  return {
    bronze: { eligible: assessment.bronze.eligible, unmet: bronzeUnmet },
    silver: {
      eligible: assessment.silver.eligible,
      improvementsMissing: distance.improvementsMissingForSilver,
      timingMet: assessed !== null && silverTimingReasons(previous, assessed, defaultLabelRules).length === 0,
      failedKnockouts,
    },
    // Gold also needs a second assessor's confirmation; that is the award's step, not a distance.
    gold: {
      eligible: distance.failedKnockouts.length === 0 && distance.pointsMissingForGold === 0,
      pointsMissing: distance.pointsMissingForGold,
      failedKnockouts,
    },
  };
}

/**
 * The benchmarking report of issue 10 item 5, every figure from the scoring package: the score by the
 * benchmarking's own catalogue, the peer groups and statistics (`computePeerReport`, the `peers`
 * command's function), strengths and development areas with the catalogue's recommendations, the radar
 * of area percentiles and the distance to each label.
 */
export function buildBenchmarkReport(params: {
  benchmarking: ReportBenchmarking;
  reference: readonly ReferenceBenchmarking[];
  history: { benchmarkings: BenchmarkingRecord[]; awards: LabelAward[] };
}) {
  const { benchmarking } = params;
  const catalogue = catalogueForVersion(benchmarking.catalogueVersion) ?? indicatorCatalogue;
  const score = scoreBenchmarking(benchmarking.values, catalogue);
  const peers = computePeerReport(
    {
      asOf: benchmarking.benchmarkDate,
      cluster: {
        id: `c:${benchmarking.clusterId}`,
        country: benchmarking.country,
        sector: benchmarking.sectorField,
        values: benchmarking.values,
      },
      reference: params.reference,
    },
    catalogue,
  );
  const groups = peers.groups.map((group): ReportGroup =>
    group.shown
      ? { kind: group.kind, n: group.n, shown: true, indicators: group.indicators }
      : { kind: group.kind, n: group.n, shown: false },
  );
  const record: BenchmarkingRecord = {
    date: benchmarking.benchmarkDate,
    values: benchmarking.values,
    validatedImprovements: benchmarking.validatedImprovements.filter((id): id is IndicatorId =>
      catalogue.indicators.some((i) => i.id === id),
    ),
  };
  return {
    benchmarking: {
      id: benchmarking.id,
      clusterId: benchmarking.clusterId,
      clusterName: benchmarking.clusterName,
      country: benchmarking.country,
      sectorField: benchmarking.sectorField,
      benchmarkDate: benchmarking.benchmarkDate,
      status: benchmarking.status,
      catalogueVersion: catalogue.version,
    },
    score: { points: score.points, maxPoints: score.maxPoints, percent: score.percent, knockoutsMet: score.knockoutsMet },
    indicators: catalogue.indicators.map((indicator, index) => ({
      id: indicator.id,
      area: indicator.area,
      unit: indicator.unit,
      direction: indicator.direction,
      decimals: indicator.decimals,
      scored: indicator.scoring !== null,
      name: indicator.name,
      recommendation: indicator.recommendation,
      own: numericValue(benchmarking.values[indicator.id]),
      points: score.indicators[index]?.points ?? 0,
      maxPoints: score.indicators[index]?.max ?? 0,
    })),
    groups,
    areas: areaPercentiles(groups, catalogue),
    strengths: peers.strengths,
    developmentAreas: peers.developmentAreas,
    labels: labelDistance(record, params.history, catalogue),
  };
}

export type BenchmarkReport = ReturnType<typeof buildBenchmarkReport>;
