import { selectAssessedBenchmarkings } from "./assessed-benchmarkings";
import { indicatorCatalogue } from "./indicator-catalogue";
import type { IndicatorCatalogue } from "./indicator-types";
import { countedImprovements } from "./improvements";
import { knockoutFailureSentences } from "./knockouts";
import type { LabelInput } from "./label-input";
import {
  assessorReasons,
  bronzeReasons,
  goldScoreReasons,
  improvementReasons,
  noAssessedBenchmarkingReason,
  silverTimingReasons,
} from "./label-reasons";
import { defaultLabelRules, type LabelLevel, type LabelRules } from "./label-rules";
import { labelValidity } from "./label-validity";
import { scoreBenchmarking } from "./score-benchmarking";

/** Eligible with its validity, or not eligible with every failed condition as a sentence. */
export type LabelDecision = { eligible: true; reasons: []; validFrom: string; validUntil: string } | { eligible: false; reasons: string[] };

/** The `label` output of SCORING-CLI.md. */
export type LabelAssessment = Record<LabelLevel, LabelDecision>;

/**
 * Which labels a cluster may be awarded on `asOf` (§6.3). Bronze needs its three eligibility
 * criteria; Silver the 18–24 month timing, 3 improvements and all knock-outs; Gold all knock-outs,
 * 120 points and two assessors. No label requires an earlier one.
 */
export function assessLabels(
  input: LabelInput,
  rules: LabelRules = defaultLabelRules,
  catalogue: IndicatorCatalogue = indicatorCatalogue,
): LabelAssessment {
  const { assessed, previous } = selectAssessedBenchmarkings(input.benchmarkings, input.asOf);
  if (assessed === null) {
    const notAssessed = (): LabelDecision => ({ eligible: false, reasons: [noAssessedBenchmarkingReason(input.asOf)] });
    return { bronze: notAssessed(), silver: notAssessed(), gold: notAssessed() };
  }
  const knockoutReasons = knockoutFailureSentences(assessed.values, catalogue);
  const score = scoreBenchmarking(assessed.values, catalogue);
  const improvements = countedImprovements(previous, assessed, catalogue);
  const reasonsByLevel: Record<LabelLevel, string[]> = {
    bronze: bronzeReasons(assessed.values, rules),
    silver: [...silverTimingReasons(previous, assessed, rules), ...improvementReasons(improvements.length, rules), ...knockoutReasons],
    gold: [...knockoutReasons, ...goldScoreReasons(score, rules), ...assessorReasons(input.assessors, rules)],
  };
  const decide = (level: LabelLevel): LabelDecision => {
    const reasons = reasonsByLevel[level];
    if (reasons.length > 0) return { eligible: false, reasons };
    return { eligible: true, reasons: [], ...labelValidity(level, assessed.date, input.awards, rules) };
  };
  return { bronze: decide("bronze"), silver: decide("silver"), gold: decide("gold") };
}
