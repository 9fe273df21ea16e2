import type { IndicatorId, IndicatorValues } from "./indicator-types";
import type { LabelLevel } from "./label-rules";

/** A finalised benchmarking as the label rules see it. */
export interface BenchmarkingRecord {
  date: string;
  values: IndicatorValues;
  /** Indicators an assessor validated as improved against the previous benchmarking. */
  validatedImprovements?: readonly IndicatorId[];
}

/** A label awarded earlier. */
export interface LabelAward {
  level: LabelLevel;
  validFrom: string;
  validUntil: string;
}

/** Everything `label` decides on (SCORING-CLI.md); the order of the lists does not matter. */
export interface LabelInput {
  asOf: string;
  benchmarkings: readonly BenchmarkingRecord[];
  awards: readonly LabelAward[];
  assessors: readonly string[];
}
