import type { NeedCategory } from "@clusterwerk/scoring/domain";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ChartWithTable } from "~/components/needs-analysis/chart-with-table";
import { HeatmapTable } from "~/components/needs-analysis/heatmap-table";
import { ResponseRateCard, TrendCard, UnmetCard } from "~/components/needs-analysis/analysis-cards";
import { needCategoryLabel } from "~/lib/need-category-label";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** The needs analysis of DOMAIN.md §2 for a cluster's managers: figures from `needsAnalysis.get`, charts with their tables, CSV. */
export default async function NeedsAnalysisPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, tcat, format, cluster, caller] = await Promise.all([
    getTranslations("needsAnalysis"),
    getTranslations("categories"),
    getFormatter(),
    managerAreaCluster(slug),
    api(),
  ]);
  const analysis = await guarded(() => caller.needsAnalysis.get({ clusterId: cluster.id }));
  const number = (value: number) => format.number(value);
  const percent = (value: number | null) => (value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 1 }));
  const exportHref = (table: "analysis" | "register") => `/api/export/needs/${slug}?table=${table}&locale=${locale}`;
  const exports = (
    <div className="flex flex-wrap gap-2">
      {(["analysis", "register"] as const).map((table) => (
        <a
          key={table}
          href={exportHref(table)}
          download
          data-testid={`export-${table}`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t(table === "analysis" ? "exportAnalysis" : "exportRegister")}
        </a>
      ))}
    </div>
  );
  const header = <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} actions={exports} />;
  if (analysis.needCount === 0)
    return (
      <div className="space-y-6">
        {header}
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      </div>
    );

  const totalDemand = analysis.coverage.overall.demand;
  const heatmapRows = (matrix: { rows: { category: NeedCategory; values: number[]; total: number }[] }) =>
    matrix.rows.map((row) => ({ key: row.category, label: needCategoryLabel(row.category, locale), values: row.values, total: row.total }));
  const summary = [
    { key: "needs", label: t("summary.needs"), value: number(analysis.needCount) },
    { key: "demand", label: t("summary.demand"), value: number(totalDemand) },
    { key: "unmet", label: t("summary.unmet"), value: number(analysis.unmet.importance) },
    { key: "coverage", label: t("summary.coverage"), value: percent(analysis.coverage.overall.share) },
    { key: "response", label: t("summary.responseRate"), value: percent(analysis.responseRate?.rate ?? null) },
  ];

  return (
    <div className="space-y-6">
      {header}
      <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="analysis-summary">
        {summary.map((item) => (
          <div key={item.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`summary-${item.key}`}>
            <dt className="text-sm text-slate-700">{item.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{item.value}</dd>
          </div>
        ))}
      </dl>

      <Card title={t("demand.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("demand.lead")}</p>
        <ChartWithTable
          name={t("demand.chart")}
          tableSummary={t("tableSummary")}
          rowHeader={t("category")}
          rows={analysis.demand.map((row) => ({
            label: needCategoryLabel(row.category, locale),
            demand: row.demand,
            openNeeds: row.openNeeds,
          }))}
          series={[{ key: "demand", label: t("demand.demand"), color: "#1d4ed8" }]}
          extraColumns={[{ key: "openNeeds", label: t("demand.openNeeds") }]}
          format={number}
          testId="demand-chart"
        />
      </Card>

      <Card title={t("heatmap.memberTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("heatmap.hint")}</p>
        <HeatmapTable
          caption={t("heatmap.memberTitle")}
          cornerHeader={t("category")}
          totalLabel={t("total")}
          columns={analysis.heatmap.byMemberCategory.columns.map((column) => tcat(column))}
          rows={heatmapRows(analysis.heatmap.byMemberCategory)}
          columnTotals={analysis.heatmap.byMemberCategory.columnTotals}
          format={number}
          testId="heatmap-member-category"
        />
      </Card>

      <Card title={t("heatmap.sizeTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("heatmap.sizeHint")}</p>
        <HeatmapTable
          caption={t("heatmap.sizeTitle")}
          cornerHeader={t("category")}
          totalLabel={t("total")}
          columns={analysis.heatmap.bySizeClass.columns.map((column) => t(`sizeClasses.${column}`))}
          rows={heatmapRows(analysis.heatmap.bySizeClass)}
          columnTotals={analysis.heatmap.bySizeClass.columnTotals}
          format={number}
          testId="heatmap-size-class"
        />
      </Card>

      <TrendCard trend={analysis.trend} locale={locale} />
      <UnmetCard unmet={analysis.unmet} locale={locale} />
      <ResponseRateCard responseRate={analysis.responseRate} />
    </div>
  );
}
