import { indicatorRules } from "./indicator-rules";
import { indicatorTexts } from "./indicator-texts";
import type { IndicatorCatalogue, IndicatorDefinition, IndicatorId } from "./indicator-types";

/** Bumped whenever a threshold, point value or range changes; stored with every benchmarking. */
export const INDICATOR_CATALOGUE_VERSION = "ecei-2026.1";

const indicators: IndicatorDefinition[] = indicatorRules.map((rule) => ({ ...rule, ...indicatorTexts[rule.id] }));

/** The current catalogue: 36 indicators, 31 scored, 150 points. */
export const indicatorCatalogue: IndicatorCatalogue = {
  version: INDICATOR_CATALOGUE_VERSION,
  indicators,
  maxPoints: indicators.reduce((sum, indicator) => sum + (indicator.scoring?.points ?? 0), 0),
};

/** Every catalogue by version; a stored benchmarking is scored with the one it names. */
export const indicatorCatalogues: Readonly<Record<string, IndicatorCatalogue>> = {
  [INDICATOR_CATALOGUE_VERSION]: indicatorCatalogue,
};

/** The catalogue of a version, or undefined for a version this code does not know. */
export function catalogueForVersion(version: string): IndicatorCatalogue | undefined {
  return indicatorCatalogues[version];
}

const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));

/** The definition of an indicator of the current catalogue. */
export function indicatorById(id: IndicatorId): IndicatorDefinition {
  const indicator = byId.get(id);
  if (!indicator) throw new RangeError(`unknown indicator id ${id}`);
  return indicator;
}

/** Indicators that count towards the 150 points. */
export function scoredIndicators(catalogue: IndicatorCatalogue = indicatorCatalogue): IndicatorDefinition[] {
  return catalogue.indicators.filter((indicator) => indicator.scoring !== null);
}

/** The seven baseline minimum requirements of §6.3, in catalogue order. */
export function knockoutIndicators(catalogue: IndicatorCatalogue = indicatorCatalogue): IndicatorDefinition[] {
  return catalogue.indicators.filter((indicator) => indicator.scoring?.knockout === true);
}
