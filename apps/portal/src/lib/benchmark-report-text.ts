import type { RouterOutputs } from "@clusterwerk/api";
import { formatIndicatorValue, type ReportTranslate, reportNumbers } from "./indicator-value-text";

export type BenchmarkReport = RouterOutputs["benchmarkReport"]["report"];
export type ReportIndicator = BenchmarkReport["indicators"][number];
type Requirement = BenchmarkReport["labels"]["gold"]["failedKnockouts"][number];

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
