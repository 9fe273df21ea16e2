import fc from "fast-check";
import { indicatorCatalogue, type IndicatorDefinition, type IndicatorValue, type IndicatorValues } from "../../src/benchmark";

/** A valid value of one indicator, anywhere in its range (half of them near the thresholds). */
export function valueArbitrary(indicator: IndicatorDefinition): fc.Arbitrary<IndicatorValue> {
  const kind = indicator.kind;
  if (kind.type === "boolean") return fc.boolean();
  const max = kind.max ?? 500;
  const thresholds = indicator.scoring ? [indicator.scoring.baseline, indicator.scoring.gold] : [kind.min];
  return fc.oneof(
    fc.double({ min: kind.min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(kind.min), max: Math.floor(max) }),
    fc.constantFrom(...thresholds),
  );
}

/** Values of a benchmarking: every indicator present, absent or null. */
export const valuesArbitrary: fc.Arbitrary<IndicatorValues> = fc.record(
  Object.fromEntries(indicatorCatalogue.indicators.map((indicator) => [indicator.id, fc.option(valueArbitrary(indicator), { nil: null })])),
  { requiredKeys: [] },
);
