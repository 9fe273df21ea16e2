import type { RouterOutputs } from "@clusterwerk/api";

export type BenchmarkReport = RouterOutputs["benchmarkReport"]["report"];
export type ReportIndicator = BenchmarkReport["indicators"][number];
type Requirement = BenchmarkReport["labels"]["gold"]["failedKnockouts"][number];

/** The report's translations (`benchmarkReport` namespace), as next-intl hands them to pages and route handlers. */
export type ReportTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Number formatting of the report's language: at least the catalogue's decimals, at most two. */
export function reportNumbers(locale: string) {
  const cache = new Map<number, Intl.NumberFormat>();
  const formatter = (decimals: number) => {
    const existing = cache.get(decimals);
    if (existing) return existing;
    const created = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 2) });
    cache.set(decimals, created);
    return created;
  };
  return {
    number: (value: number, decimals = 0) => formatter(decimals).format(value),
    percentile: (value: number | null) => (value === null ? "–" : formatter(1).format(value)),
    list: (parts: readonly string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(parts),
  };
}

/** Units written as the bare number (a count, a point on a scale, a ratio): they have no text. */
const bareUnits: ReadonlySet<string> = new Set(["count", "scale", "ratio"]);

/** A value with its unit in the report's language ("1.0 FTE", "ja"); "–" when missing. */
export function formatIndicatorValue(indicator: ReportIndicator, value: number | null, t: ReportTranslate, locale: string): string {
  if (value === null) return "–";
  if (indicator.unit === "yes-no") return t(value >= 1 ? "yes" : "no");
  const number = reportNumbers(locale).number(value, indicator.decimals);
  return bareUnits.has(indicator.unit) ? number : `${number}${t(`units.${indicator.unit}`)}`;
}

/** "M2 ≥ 1.0 FTE": what the label rules ask of an indicator. */
function requirementText(requirement: Requirement, report: BenchmarkReport, t: ReportTranslate, locale: string): string {
  const indicator = report.indicators.find((item) => item.id === requirement.id);
  const bound = requirement.direction === "higher" ? "≥" : "≤";
  const threshold = indicator ? formatIndicatorValue(indicator, requirement.threshold, t, locale) : String(requirement.threshold);
  return `${requirement.id} ${bound} ${threshold}`;
}

/**
 * The distance to each label in sentences (issue 10 item 5: "Silver needs one more validated improvement;
 * Gold needs M2 ≥ 1.0 FTE and 14.5 more points"), from the figures the scoring package computed.
 */
export function labelDistanceSentences(report: BenchmarkReport, t: ReportTranslate, locale: string) {
  const { list, number } = reportNumbers(locale);
  const { bronze, silver, gold } = report.labels;
  const requirement = (item: Requirement) => requirementText(item, report, t, locale);
  const bronzeText = bronze.eligible ? t("labels.bronzeEligible") : t("labels.bronzeNeeds", { parts: list(bronze.unmet.map(requirement)) });
  const silverParts = [
    ...(silver.improvementsMissing > 0 ? [t("labels.improvements", { count: silver.improvementsMissing })] : []),
    ...(silver.timingMet ? [] : [t("labels.timing")]),
    ...silver.failedKnockouts.map(requirement),
  ];
  const silverText = silverParts.length === 0 ? t("labels.silverEligible") : t("labels.silverNeeds", { parts: list(silverParts) });
  const goldParts = [
    ...gold.failedKnockouts.map(requirement),
    ...(gold.pointsMissing > 0 ? [t("labels.points", { points: number(gold.pointsMissing) })] : []),
  ];
  const goldText = goldParts.length === 0 ? t("labels.goldEligible") : t("labels.goldNeeds", { parts: list(goldParts) });
  return [
    { level: "bronze", text: bronzeText },
    { level: "silver", text: silverText },
    { level: "gold", text: goldText },
  ] as const;
}
