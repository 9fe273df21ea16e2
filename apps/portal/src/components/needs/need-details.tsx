import { type NeedCategory, needCategoryLabels, type NeedHorizon, type NeedStatus, type NeedVisibility } from "@clusterwerk/scoring/domain";
import { Badge, Card } from "@clusterwerk/ui";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { statusTone } from "./needs-register";

interface Need {
  organisationName: string;
  clusterName: string;
  campaignTitle: string | null;
  category: NeedCategory;
  description: string | null;
  importance: number;
  horizon: NeedHorizon;
  status: NeedStatus;
  visibility: NeedVisibility;
  createdAt: Date;
  updatedAt: Date;
}

interface HistoryEntry {
  id: string;
  fromStatus: NeedStatus | null;
  toStatus: NeedStatus;
  at: Date;
  changedByName: string | null;
}

/** A need's fields and its status history (DOMAIN.md §2: the history is kept), for members and managers alike. */
export async function NeedDetails({ locale, need, history }: { locale: string; need: Need; history: HistoryEntry[] }) {
  const lang = locale === "en" ? "en" : "de";
  const [t, format] = await Promise.all([getTranslations("needs"), getFormatter()]);
  const rows: [string, ReactNode][] = [
    [t("organisation"), need.organisationName],
    [t("cluster"), need.clusterName],
    [t("fields.category"), needCategoryLabels[need.category][lang]],
    [t("columns.importance"), t("importanceOf", { value: need.importance })],
    [t("fields.horizon"), t(`horizons.${need.horizon}`)],
    [
      t("fields.status"),
      <Badge key="status" tone={statusTone[need.status]}>
        {t(`statuses.${need.status}`)}
      </Badge>,
    ],
    [t("fields.visibility"), t(`visibilities.${need.visibility}`)],
    ...(need.campaignTitle ? [[t("campaign"), need.campaignTitle] as [string, ReactNode]] : []),
    [t("createdAt"), format.dateTime(need.createdAt, { dateStyle: "medium", timeStyle: "short" })],
    [t("updatedAt"), format.dateTime(need.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  return (
    <>
      <Card title={t("details")}>
        {need.description ? <p className="mb-4 whitespace-pre-line text-slate-800">{need.description}</p> : null}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="need-details">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={t("history.title")}>
        <table className="w-full text-left text-sm" data-testid="need-history">
          <caption className="sr-only">{t("history.title")}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-4">
                {t("history.at")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("history.from")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("history.to")}
              </th>
              <th scope="col" className="py-2">
                {t("history.by")}
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-100">
                <td className="py-2 pr-4">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="py-2 pr-4">{entry.fromStatus ? t(`statuses.${entry.fromStatus}`) : t("history.created")}</td>
                <td className="py-2 pr-4">{t(`statuses.${entry.toStatus}`)}</td>
                <td className="py-2">{entry.changedByName ?? t("history.unknown")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
