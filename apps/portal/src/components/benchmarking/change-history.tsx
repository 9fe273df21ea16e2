import type { RouterOutputs } from "@clusterwerk/api";
import { EmptyState } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";

type Change = RouterOutputs["benchmarking"]["history"][number];

/** What changed, when and by whom (the audit log's entries of the benchmarking), with the note of each correction. */
export async function ChangeHistory({ changes, locale }: { changes: readonly Change[]; locale: string }) {
  const t = await getTranslations("benchmarking");
  if (changes.length === 0) return <EmptyState title={t("historyEmpty")} />;
  const detail = (change: Change) => {
    const details = change.details ?? {};
    const indicator = typeof details.indicatorId === "string" ? details.indicatorId : null;
    if (!indicator) return "";
    const shown = (value: unknown) => (typeof value === "number" || typeof value === "boolean" ? String(value) : t("noValue"));
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
