import type { IndicatorId, IndicatorStatistics, LabelAssessment, ScoreLevel } from "../../src/benchmark";

/** A named case of the golden tables: the rule it checks, the CLI input, and what the output must be. */
export interface GoldenCase<Input, Expected> {
  name: string;
  /** The rule of DOMAIN.md §6 or SCORING-CLI.md the case pins down. */
  rule: string;
  input: Input;
  expected: Expected;
}

/** What a score case states: totals, chosen indicators and the knock-outs that fail. */
export interface ExpectedScore {
  points?: number;
  percent?: number;
  knockoutsMet?: boolean;
  indicators?: Partial<Record<IndicatorId, { points: number; level: ScoreLevel }>>;
  failedKnockouts?: IndicatorId[];
}

/** What a peers case states: every group's head, chosen statistics, strengths and development areas. */
export interface ExpectedPeers {
  groups?: { kind: string; n: number; shown: boolean; reason: string | null; members?: string[] }[];
  statistics?: Partial<Record<string, Partial<Record<IndicatorId, Partial<IndicatorStatistics>>>>>;
  strengths?: IndicatorId[];
  developmentAreas?: IndicatorId[];
}

/** A label case states the whole decision for each label it is about. */
export type ExpectedLabels = Partial<LabelAssessment>;

/** An invalid input and the one line on stderr it must give (exit 2, nothing on stdout). */
export interface InvalidCase {
  name: string;
  command: "score" | "peers" | "label";
  raw: string;
  stderr: string;
}
