import { selectAssessedBenchmarkings } from "./assessed-benchmarkings";
import { indicatorCatalogue } from "./indicator-catalogue";
import type { IndicatorCatalogue, IndicatorId } from "./indicator-types";
import { countedImprovements } from "./improvements";
import { evaluateKnockouts } from "./knockouts";
import type { LabelInput } from "./label-input";
import { defaultLabelRules, type LabelRules } from "./label-rules";
import { scoreBenchmarking } from "./score-benchmarking";

/** How far a cluster is from the next label, for the portal's progress summary. */
export interface LabelDistance {
  /** Knock-outs the assessed benchmarking fails (all seven without one), catalogue order. */
  failedKnockouts: IndicatorId[];
  /** Points still missing to Gold's 120; 0 when reached. */
  pointsMissingForGold: number;
  /** Validated improvement areas still needed for Silver's 3; 0 when reached. */
  improvementsMissingForSilver: number;
}

/** Summarises the gaps that `assessLabels` reports as sentences, as numbers (same rules, same selection). */
export function distanceToNextLabel(
  input: LabelInput,
  rules: LabelRules = defaultLabelRules,
  catalogue: IndicatorCatalogue = indicatorCatalogue,
): LabelDistance {
  const { assessed, previous } = selectAssessedBenchmarkings(input.benchmarkings, input.asOf);
  const values = assessed?.values ?? {};
  const points = scoreBenchmarking(values, catalogue).points;
  const improvements = assessed === null ? 0 : countedImprovements(previous, assessed, catalogue).length;
  return {
    failedKnockouts: evaluateKnockouts(values, catalogue)
      .filter((knockout) => !knockout.met)
      .map((knockout) => knockout.id),
    pointsMissingForGold: Math.max(0, rules.goldMinPoints - points),
    improvementsMissingForSilver: Math.max(0, rules.silverImprovements - improvements),
  };
}
