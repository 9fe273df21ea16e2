import { indicatorCatalogue, knockoutIndicators } from "./indicator-catalogue";
import type { IndicatorCatalogue, IndicatorDefinition, IndicatorId, IndicatorValues } from "./indicator-types";
import { describeRequirement, describeValue, meetsThreshold, numericValue } from "./indicator-value";

/** One baseline minimum requirement of §6.3 (the KO column of §6.1). */
export interface KnockoutResult {
  id: IndicatorId;
  met: boolean;
}

/** A knock-out is met when the value reaches the baseline; a missing value fails it (§6.1). */
export function isKnockoutMet(indicator: IndicatorDefinition, values: IndicatorValues): boolean {
  const value = numericValue(values[indicator.id]);
  return indicator.scoring !== null && value !== null && meetsThreshold(indicator, value, indicator.scoring.baseline);
}

/** The seven knock-outs in catalogue order. */
export function evaluateKnockouts(values: IndicatorValues, catalogue: IndicatorCatalogue = indicatorCatalogue): KnockoutResult[] {
  return knockoutIndicators(catalogue).map((indicator) => ({ id: indicator.id, met: isKnockoutMet(indicator, values) }));
}

/** "knock-out M2 not met: 0.8 FTE, at least 1.0 required", one per failed knock-out, catalogue order. */
export function knockoutFailureSentences(values: IndicatorValues, catalogue: IndicatorCatalogue = indicatorCatalogue): string[] {
  return knockoutIndicators(catalogue)
    .filter((indicator) => !isKnockoutMet(indicator, values))
    .map(
      (indicator) =>
        `knock-out ${indicator.id} not met: ${describeValue(indicator, values[indicator.id])}, ` +
        describeRequirement(indicator, indicator.scoring?.baseline ?? 0),
    );
}
