import { indicatorCatalogue } from "./indicator-catalogue";
import type { IndicatorCatalogue, IndicatorId } from "./indicator-types";
import { isStrictlyBetter, numericValue } from "./indicator-value";
import type { BenchmarkingRecord } from "./label-input";

/**
 * The improvement areas that count for Silver (§6.3): each validated id once, only a scored indicator
 * with a value in both benchmarkings whose assessed value is strictly better in its direction.
 * Other ids are ignored. In catalogue order.
 */
export function countedImprovements(
  previous: BenchmarkingRecord | null,
  assessed: BenchmarkingRecord,
  catalogue: IndicatorCatalogue = indicatorCatalogue,
): IndicatorId[] {
  if (previous === null) return [];
  const validated = new Set(assessed.validatedImprovements ?? []);
  return catalogue.indicators
    .filter((indicator) => {
      if (!validated.has(indicator.id) || indicator.scoring === null) return false;
      const before = numericValue(previous.values[indicator.id]);
      const after = numericValue(assessed.values[indicator.id]);
      return before !== null && after !== null && isStrictlyBetter(indicator, after, before);
    })
    .map((indicator) => indicator.id);
}
