import type { RouterOutputs } from "@clusterwerk/api";
import { Card, EmptyState } from "@clusterwerk/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { needCategoryLabel } from "~/lib/need-category-label";
import { ChartWithTable } from "./chart-with-table";
import { FigureTable } from "./figure-table";

type Analysis = RouterOutputs["needsAnalysis"]["get"];

/** Trend (§2): the latest campaign's demand per category against the previous one's, or why there is none. */
export async function TrendCard({ trend, locale }: { trend: Analysis["trend"]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("needsAnalysis"), getFormatter()]);
  if (!trend)
    return (
      <Card title={t("trend.title")}>
        <EmptyState title={t("trend.none")}>{t("trend.noneHint")}</EmptyState>
      </Card>
    );
  const signed = (value: number) => format.number(value, { signDisplay: "exceptZero" });
  return (
    <Card title={t("trend.title")}>
      <p className="mb-3 text-sm text-slate-700" data-testid="trend-campaigns">
        {t("trend.lead", { current: trend.current.title, previous: trend.previous.title })}
      </p>
      <ChartWithTable
        name={t("trend.chart", { current: trend.current.title, previous: trend.previous.title })}
        tableSummary={t("tableSummary")}
        rowHeader={t("category")}
        rows={trend.categories
          .filter((row) => row.now > 0 || row.then > 0)
          .map((row) => ({ label: needCategoryLabel(row.category, locale), now: row.now, then: row.then, change: row.change }))}
        series={[
          { key: "now", label: trend.current.title, color: "#1d4ed8" },
          { key: "then", label: trend.previous.title, color: "#94a3b8" },
        ]}
        extraColumns={[{ key: "change", label: t("trend.change") }]}
        format={(value) => format.number(value)}
        testId="trend-chart"
      />
      <p className="mt-3 text-sm text-slate-700" data-testid="trend-total">
        {t("trend.totalChange", { change: signed(trend.total.change), now: trend.total.now, then: trend.total.then })}
      </p>
    </Card>
  );
}

/** Unmet demand (§2): open needs no active or planned service addresses, the most important named. */
export async function UnmetCard({ unmet, locale }: { unmet: Analysis["unmet"]; locale: string }) {
  const t = await getTranslations("needsAnalysis");
  return (
    <Card title={t("unmet.title")}>
      <p className="mb-3 text-sm text-slate-700" data-testid="unmet-lead">
        {t("unmet.lead", { count: unmet.count, importance: unmet.importance })}
      </p>
      {unmet.top.length === 0 ? (
        <EmptyState title={t("unmet.none")} />
      ) : (
        <FigureTable
          caption={t("unmet.topTitle")}
          header={[t("unmet.need"), t("unmet.organisation"), t("category"), t("unmet.importance")]}
          rows={unmet.top.map((need) => ({
            key: need.id,
            cells: [need.title, need.organisationName, needCategoryLabel(need.category, locale), need.importance],
          }))}
          testId="unmet-needs"
        />
      )}
    </Card>
  );
}

/** Response rate (§2) of the latest campaign that has opened. */
export async function ResponseRateCard({ responseRate }: { responseRate: Analysis["responseRate"] }) {
  const [t, format] = await Promise.all([getTranslations("needsAnalysis"), getFormatter()]);
  if (!responseRate)
    return (
      <Card title={t("response.title")}>
        <EmptyState title={t("response.none")} />
      </Card>
    );
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <Card title={t("response.title")}>
      <p className="font-medium text-slate-900">{responseRate.campaign.title}</p>
      <p className="text-sm text-slate-700">
        {t("response.period", { opens: date(responseRate.campaign.opensOn), closes: date(responseRate.campaign.closesOn) })}
      </p>
      <p className="mt-3 text-2xl font-semibold tabular-nums text-slate-900" data-testid="response-rate">
        {responseRate.rate === null ? "–" : format.number(responseRate.rate, { style: "percent", maximumFractionDigits: 1 })}
      </p>
      <p className="text-sm text-slate-700" data-testid="response-counts">
        {t("response.counts", { responded: responseRate.responded, invited: responseRate.invited })}
      </p>
    </Card>
  );
}
