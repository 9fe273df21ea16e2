import { indicatorCatalogue } from "./indicator-catalogue";
import type { IndicatorCatalogue, IndicatorDefinition, IndicatorId, IndicatorValue, IndicatorValues } from "./indicator-types";
import { meetsThreshold, numericValue } from "./indicator-value";
import { evaluateKnockouts, type KnockoutResult } from "./knockouts";
import { roundRatioHalfUp } from "./rounding";

/** `gold` at or beyond the gold threshold, `baseline` at or beyond the baseline, else `none`. */
export type ScoreLevel = "gold" | "baseline" | "none";

export interface IndicatorScore {
  id: IndicatorId;
  value: IndicatorValue | null;
  points: number;
  max: number;
  level: ScoreLevel;
}

/** The `score` output of SCORING-CLI.md. */
export interface BenchmarkScore {
  points: number;
  maxPoints: number;
  percent: number;
  indicators: IndicatorScore[];
  knockouts: KnockoutResult[];
  knockoutsMet: boolean;
}

/**
 * Points and level of one indicator (§6.1): full points at or beyond gold, half at or beyond the
 * baseline, else 0; missing scores 0; unscored indicators have max 0 and level `none`.
 */
export function scoreIndicator(indicator: IndicatorDefinition, value: IndicatorValue | null | undefined): IndicatorScore {
  const given = value ?? null;
  const numeric = numericValue(given);
  const scoring = indicator.scoring;
  if (scoring === null || numeric === null) {
    return { id: indicator.id, value: given, points: 0, max: scoring?.points ?? 0, level: "none" };
  }
  const level: ScoreLevel = meetsThreshold(indicator, numeric, scoring.gold)
    ? "gold"
    : meetsThreshold(indicator, numeric, scoring.baseline)
      ? "baseline"
      : "none";
  const points = level === "gold" ? scoring.points : level === "baseline" ? scoring.points / 2 : 0;
  return { id: indicator.id, value: given, points, max: scoring.points, level };
}

/**
 * Share of the maximum score in percent, half-up to 2 decimals. Points are whole or halves, so twice
 * the points is an integer and the ratio is rounded exactly.
 */
export function scorePercent(points: number, maxPoints: number): number {
  return roundRatioHalfUp(Math.round(points * 2) * 100, maxPoints * 2, 2);
}

/** Points, level and knock-outs of one benchmarking (§6.1, §6.3); all indicators in catalogue order. */
export function scoreBenchmarking(values: IndicatorValues, catalogue: IndicatorCatalogue = indicatorCatalogue): BenchmarkScore {
  const indicators = catalogue.indicators.map((indicator) => scoreIndicator(indicator, values[indicator.id]));
  const points = indicators.reduce((sum, indicator) => sum + indicator.points, 0);
  const knockouts = evaluateKnockouts(values, catalogue);
  return {
    points,
    maxPoints: catalogue.maxPoints,
    percent: scorePercent(points, catalogue.maxPoints),
    indicators,
    knockouts,
    knockoutsMet: knockouts.every((knockout) => knockout.met),
  };
}
