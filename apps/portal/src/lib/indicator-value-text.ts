import type { RouterOutputs } from "@clusterwerk/api";

/** A unit of the indicator catalogue (DOMAIN.md §6.1), as the API hands it out. */
type IndicatorUnit = RouterOutputs["benchmarkReport"]["report"]["indicators"][number]["unit"];

/** The `benchmarkReport` translations the value texts use: `yes`, `no` and `units.<unit>` ({value}, {count}). */
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
const bareUnits: ReadonlySet<IndicatorUnit> = new Set(["count", "scale", "ratio"]);

/**
 * An indicator value as every page, list and PDF shows it, by the catalogue's unit (DOMAIN.md §6.1):
 * yes/no ("ja"/"nein" — stored and audited as 1 or 0, and a yes/no statistic ≥ 1 reads yes), or the
 * number with the catalogue's decimals and its unit ("1,8 VZÄ", "1 Jahr"); "–" when missing.
 */
export function formatIndicatorValue(
  indicator: { unit: IndicatorUnit; decimals: number },
  value: number | boolean | null,
  t: ReportTranslate,
  locale: string,
): string {
  if (value === null) return "–";
  if (typeof value === "boolean" || indicator.unit === "yes-no") return t(Number(value) >= 1 ? "yes" : "no");
  const number = reportNumbers(locale).number(value, indicator.decimals);
  return bareUnits.has(indicator.unit) ? number : t(`units.${indicator.unit}`, { value: number, count: value });
}
