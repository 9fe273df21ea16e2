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
    const from = shown(details.from);
    const to = shown(details.to);
    const note = typeof details.note === "string" && details.note ? ` — ${details.note}` : "";
    return `${indicator}: ${from} → ${to}${note}`;
  };
  return (
    <ol className="space-y-2 text-sm" data-testid="benchmarking-history">
      {changes.map((change) => (
        <li key={change.id}>
          <time dateTime={change.at.toISOString()}>{change.at.toLocaleString(locale, { timeZone: "Europe/Berlin" })}</time> ·{" "}
          {t.has(`actions.${change.action}`) ? t(`actions.${change.action}`) : change.action} · {change.by ?? "–"} {detail(change)}
        </li>
      ))}
    </ol>
  );
}
