import { addMonths, compareDates } from "../dates/plain-date";
import { indicatorById } from "./indicator-catalogue";
import type { IndicatorValues } from "./indicator-types";
import { describeRequirement, describeValue, meetsThreshold, numericValue } from "./indicator-value";
import type { BenchmarkingRecord } from "./label-input";
import type { LabelRules } from "./label-rules";
import { roundRatioHalfUp } from "./rounding";
import { type BenchmarkScore } from "./score-benchmarking";

/**
 * The sentences of SCORING-CLI.md `label`, one per failed condition. A sentence about an indicator
 * names its id, the value and what is required; the others name the condition in words.
 */

export function noAssessedBenchmarkingReason(asOf: string): string {
  return `no benchmarking on or before ${asOf}`;
}

/** Bronze's eligibility criteria (S1 ≥ 15, S2 ≥ 2, M2 ≥ 0.5; missing fails). */
export function bronzeReasons(values: IndicatorValues, rules: LabelRules): string[] {
  return rules.bronzeRequirements.flatMap(({ id, min }) => {
    const indicator = indicatorById(id);
    const value = numericValue(values[id]);
    if (value !== null && meetsThreshold(indicator, value, min)) return [];
    return [`eligibility criterion ${id} not met: ${describeValue(indicator, values[id])}, ${describeRequirement(indicator, min)}`];
  });
}

/** Silver's timing: previous + 18 months ≤ assessed ≤ previous + 24 months, both ends included. */
export function silverTimingReasons(previous: BenchmarkingRecord | null, assessed: BenchmarkingRecord, rules: LabelRules): string[] {
  if (previous === null) return [`no previous benchmarking before ${assessed.date}`];
  const earliest = addMonths(previous.date, rules.silverMinMonths);
  const latest = addMonths(previous.date, rules.silverMaxMonths);
  if (compareDates(assessed.date, earliest) < 0) {
    return [
      `benchmarking of ${assessed.date} is less than ${rules.silverMinMonths} months after the previous one of ` +
        `${previous.date} (earliest ${earliest})`,
    ];
  }
  if (compareDates(assessed.date, latest) > 0) {
    return [
      `benchmarking of ${assessed.date} is more than ${rules.silverMaxMonths} months after the previous one of ` +
        `${previous.date} (latest ${latest})`,
    ];
  }
  return [];
}

/** "only 2 validated improvement areas, 3 required". */
export function improvementReasons(counted: number, rules: LabelRules): string[] {
  const required = rules.silverImprovements;
  if (counted >= required) return [];
  if (counted === 0) return [`no validated improvement areas, ${required} required`];
  return [`only ${counted} validated improvement ${counted === 1 ? "area" : "areas"}, ${required} required`];
}

/** "score 61.00 % below 80 % (91.5 of 150 points, 120 required)". */
export function goldScoreReasons(score: BenchmarkScore, rules: LabelRules): string[] {
  if (score.points >= rules.goldMinPoints) return [];
  const requiredPercent = roundRatioHalfUp(rules.goldMinPoints * 100, score.maxPoints, 2);
  return [
    `score ${score.percent.toFixed(2)} % below ${requiredPercent} % ` +
      `(${score.points} of ${score.maxPoints} points, ${rules.goldMinPoints} required)`,
  ];
}

/** Gold is decided by two different assessors; names are compared as exact strings. */
export function assessorReasons(assessors: readonly string[], rules: LabelRules): string[] {
  const distinct = new Set(assessors).size;
  const required = rules.goldAssessors;
  if (distinct >= required) return [];
  if (distinct === 0) return [`no assessors named, ${required} different assessors required`];
  return [`only ${distinct} different ${distinct === 1 ? "assessor" : "assessors"}, ${required} required`];
}
