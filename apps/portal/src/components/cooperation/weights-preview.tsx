"use client";

import type { RouterOutputs } from "@clusterwerk/api";
import { Badge } from "@clusterwerk/ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Preview = RouterOutputs["matchingWeights"]["preview"];
type Move = Preview["proposed"][number]["move"];

const tone = { up: "green", down: "amber", same: "slate", new: "brand" } as const;

/** A rank move as a badge: ↑3, ↓2, =, new (DOMAIN.md §5.3 weights preview); the label spells it out. */
function MoveBadge({ move }: { move: Move }) {
  const t = useTranslations("cooperation.weights");
  const text = move.kind === "up" || move.kind === "down" ? t(move.kind, { by: move.by }) : t(move.kind);
  const label =
    move.kind === "up" || move.kind === "down" ? t(`${move.kind}Label`, { by: move.by }) : move.kind === "same" ? t("sameLabel") : t("new");
  return (
    <span aria-label={label} title={label}>
      <Badge tone={tone[move.kind]}>{text}</Badge>
    </span>
  );
}

/** One ranking as a table: rank, profile with its organisation, score, and the move or "dropped". */
function RankingTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: { profileId: string; title: string; organisationName: string; score: number; marker: ReactNode }[];
  testId: string;
}) {
  const t = useTranslations("cooperation.weights");
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <caption className="mb-2 text-left font-medium text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-700">
          <th scope="col" className="py-1 pr-2">
            {t("rank")}
          </th>
          <th scope="col" className="py-1 pr-2">
            {t("match")}
          </th>
          <th scope="col" className="py-1 pr-2 text-right">
            {t("score")}
          </th>
          <th scope="col" className="py-1">
            {t("move")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={4} className="py-2 text-slate-700">
              {t("noMatches")}
            </td>
          </tr>
        ) : (
          rows.map((row, rank) => (
            <tr key={row.profileId} className="border-b border-slate-100" data-testid="preview-row">
              <td className="py-1 pr-2 tabular-nums">{rank + 1}</td>
              <td className="py-1 pr-2">
                <span className="font-medium text-slate-900">{row.title}</span>
                <span className="block text-xs text-slate-700">{row.organisationName}</span>
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">{row.score}</td>
              <td className="py-1">{row.marker}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** The current and the proposed top 10 side by side, with each profile's move. */
export function WeightsPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("cooperation.weights");
  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="weights-preview">
      <RankingTable
        caption={t("current")}
        testId="preview-current"
        rows={preview.current.map((row) => ({
          ...row,
          marker: row.dropped ? <Badge tone="red">{t("dropped")}</Badge> : null,
        }))}
      />
      <RankingTable
        caption={t("proposed")}
        testId="preview-proposed"
        rows={preview.proposed.map((row) => ({ ...row, marker: <MoveBadge move={row.move} /> }))}
      />
    </div>
  );
}
