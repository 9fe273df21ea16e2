import type { IndicatorDefinition, IndicatorValue } from "./indicator-types";

/** A value on the numeric scale used for thresholds and statistics: yes = 1, no = 0; null if missing. */
export function numericValue(value: IndicatorValue | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Whether `value` reaches `threshold` in the indicator's direction; met exactly counts, no rounding. */
export function meetsThreshold(indicator: IndicatorDefinition, value: number, threshold: number): boolean {
  return indicator.direction === "higher" ? value >= threshold : value <= threshold;
}

/** Whether `value` is strictly better than `reference` in the indicator's direction. */
export function isStrictlyBetter(indicator: IndicatorDefinition, value: number, reference: number): boolean {
  return indicator.direction === "higher" ? value > reference : value < reference;
}

/** A number with at least the catalogue's decimals (M2: 1 → "1.0") but never cut short (0.75 stays). */
export function formatNumber(value: number, minimumDecimals: number): string {
  const plain = String(value);
  const decimals = plain.includes(".") ? (plain.split(".")[1] ?? "").length : 0;
  return decimals >= minimumDecimals || plain.includes("e") ? plain : value.toFixed(minimumDecimals);
}

const unitSuffix: Record<IndicatorDefinition["unit"], (value: number) => string> = {
  count: () => "",
  percent: () => " %",
  years: (value) => (value === 1 ? " year" : " years"),
  fte: () => " FTE",
  days: (value) => (value === 1 ? " day" : " days"),
  scale: () => "",
  "yes-no": () => "",
  eur: () => " EUR",
  months: (value) => (value === 1 ? " month" : " months"),
  ratio: () => "",
};

/** A value as a sentence prints it: "0.8 FTE", "45 %", "1 of 9", "no", or "no value" when missing. */
export function describeValue(indicator: IndicatorDefinition, value: IndicatorValue | null | undefined): string {
  if (value === undefined || value === null) return "no value";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const number = formatNumber(value, indicator.decimals);
  if (indicator.kind.type === "count-of") return `${number} of ${indicator.kind.of}`;
  return `${number}${unitSuffix[indicator.unit](value)}`;
}

/**
 * What a requirement asks for, in the words of the spec's example ("at least 1.0 required"):
 * the threshold with the catalogue's decimals, in the indicator's direction.
 */
export function describeRequirement(indicator: IndicatorDefinition, threshold: number): string {
  if (indicator.kind.type === "boolean") return "yes required";
  const bound = indicator.direction === "higher" ? "at least" : "at most";
  return `${bound} ${formatNumber(threshold, indicator.decimals)} required`;
}
