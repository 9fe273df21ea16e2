import type { RouterOutputs } from "@clusterwerk/api";
import { EmptyState } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";
import { formatIndicatorValue } from "~/lib/indicator-value-text";
import type { IndicatorRow } from "./indicator-rows";

type Change = RouterOutputs["benchmarking"]["history"][number];

/**
 * What changed, when and by whom (the audit log's entries of the benchmarking), with the note of each
 * correction; values as the rows show them (the log holds yes/no as 1 or 0).
 */
export async function ChangeHistory({
  changes,
  indicators,
  locale,
}: {
  changes: readonly Change[];
  indicators: readonly IndicatorRow[];
  locale: string;
}) {
  const [t, valueText] = await Promise.all([getTranslations("benchmarking"), getTranslations("benchmarkReport")]);
  const byId = new Map<string, IndicatorRow>(indicators.map((indicator) => [indicator.id, indicator]));
  if (changes.length === 0) return <EmptyState title={t("historyEmpty")} />;
  const detail = (change: Change) => {
    const details = change.details ?? {};
    const indicator = typeof details.indicatorId === "string" ? details.indicatorId : null;
    if (!indicator) return "";
    const row = byId.get(indicator);
    const shown = (value: unknown) =>
      row && (typeof value === "number" || typeof value === "boolean")
        ? formatIndicatorValue(row, value, (key, values) => valueText(key as never, values as never), locale)
        : t("noValue");
    const note = typeof details.note === "string" && details.note ? ` — ${details.note}` : "";
    if (typeof details.filename === "string") return `${indicator}: ${details.filename}`;
    if (!("from" in details) && !("to" in details)) return `${indicator}${note}`;
    return `${indicator}: ${shown(details.from)} → ${shown(details.to)}${note}`;
  };
  // Audit actions are "benchmarking.<step>"; message keys cannot hold a dot (next-intl reads it as nesting).
  const action = (change: Change) => change.action.replace(/^benchmarking\./, "");
  return (
    <ol className="space-y-2 text-sm" data-testid="benchmarking-history">
      {changes.map((change) => (
        <li key={change.id}>
          <time dateTime={change.at.toISOString()}>{change.at.toLocaleString(locale, { timeZone: "Europe/Berlin" })}</time> ·{" "}
          {t.has(`actions.${action(change)}`) ? t(`actions.${action(change)}`) : change.action} · {change.by ?? "–"} {detail(change)}
        </li>
      ))}
    </ol>
  );
}
