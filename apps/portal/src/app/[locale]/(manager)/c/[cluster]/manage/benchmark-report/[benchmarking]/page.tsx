import { Card, PageHeader } from "@clusterwerk/ui";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AreaRadar } from "~/components/benchmark-report/area-radar";
import { AreaSection } from "~/components/benchmark-report/area-section";
import { groupColours } from "~/components/benchmark-report/quartile-bars";
import { FigureTable } from "~/components/needs-analysis/figure-table";
import { labelDistanceSentences } from "~/lib/benchmark-report-text";
import { reportNumbers } from "~/lib/indicator-value-text";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/**
 * The benchmarking report (issue 10 item 5) for the cluster's managers: score, distance to each label,
 * the radar of area percentiles, strengths and development areas with recommendations, and per area
 * every indicator against the sector, country and best-in-class groups. Figures from `benchmarkReport.report`.
 */
export default async function BenchmarkReportPage({
  params,
}: {
  params: Promise<{ locale: string; cluster: string; benchmarking: string }>;
}) {
  const { locale, cluster: slug, benchmarking: benchmarkingId } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("benchmarkReport"), managerAreaCluster(slug), api()]);
  const report = await guarded(() => caller.benchmarkReport.report({ benchmarkingId }));
  // The URL names the cluster and the benchmarking: they must belong together.
  if (report.benchmarking.clusterId !== cluster.id) notFound();
  const { number, percentile } = reportNumbers(locale);
  const text = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const name = (indicator: (typeof report.indicators)[number]) => (locale === "en" ? indicator.name.en : indicator.name.de);
  const byId = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
  const sectorShown = report.groups[0]?.shown ?? false;
  const series = [
    { key: "sector" as const, label: t("groups.sector"), colour: groupColours.sector },
    { key: "country" as const, label: t("groups.country"), colour: groupColours.country },
    { key: "bestInClass" as const, label: t("groups.best-in-class"), colour: groupColours["best-in-class"] },
  ].filter((item) => report.groups[item.key === "bestInClass" ? 2 : item.key === "country" ? 1 : 0]?.shown);
  const radarRows = report.areas.map((area) => ({
    label: t(`areas.${area.area}`),
    sector: area.sector,
    country: area.country,
    bestInClass: area.bestInClass,
  }));
  const pdf = (
    <a
      href={`/api/benchmark-report/${benchmarkingId}?locale=${locale}`}
      download
      data-testid="report-pdf"
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      {t("downloadPdf")}
    </a>
  );
  const findings = (kind: "strengths" | "developmentAreas", ids: readonly string[]) => (
    <Card title={t(`${kind}.title`)}>
      <p className="mb-2 text-sm text-slate-700">{t(`${kind}.lead`)}</p>
      {!sectorShown ? (
        <p className="text-sm">{t("sectorHidden")}</p>
      ) : ids.length === 0 ? (
        <p className="text-sm">{t(`${kind}.none`)}</p>
      ) : (
        <ul className="space-y-2" data-testid={`report-${kind}`}>
          {ids.map((id) => {
            const indicator = byId.get(id as (typeof report.indicators)[number]["id"]);
            if (!indicator) return null;
            return (
              <li key={id}>
                <p className="font-medium">
                  {id} {name(indicator)}
                </p>
                {kind === "developmentAreas" ? (
                  <p className="text-sm text-slate-700">{locale === "en" ? indicator.recommendation.en : indicator.recommendation.de}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("lead", { cluster: report.benchmarking.clusterName, date: report.benchmarking.benchmarkDate })}
        actions={pdf}
      />
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="report-summary">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-700">{t("score")}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums" data-testid="report-score">
            {t("scoreValue", {
              points: number(report.score.points),
              max: report.score.maxPoints,
              percent: `${number(report.score.percent, 2)} %`,
            })}
          </dd>
        </div>
        {report.groups.map((group) => (
          <div
            key={group.kind}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid={`report-group-${group.kind}`}
          >
            <dt className="text-sm text-slate-700">{t(`groups.${group.kind}`)}</dt>
            <dd className="mt-1 text-sm">
              {group.shown
                ? t("groupSize", { group: t(`groups.${group.kind}`), n: group.n })
                : t("groupHidden", { group: t(`groups.${group.kind}`), n: group.n })}
            </dd>
          </div>
        ))}
      </dl>

      <Card title={t("labels.title")}>
        <ul className="list-disc space-y-1 pl-5" data-testid="label-distance">
          {labelDistanceSentences(report, text, locale).map((sentence) => (
            <li key={sentence.level}>{sentence.text}</li>
          ))}
        </ul>
      </Card>

      <Card title={t("radar.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("radar.lead")}</p>
        <AreaRadar rows={radarRows} series={series} name={t("radar.chart")} />
        <details className="mt-3 rounded-md border border-slate-200 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("tableSummary")}</summary>
          <div className="mt-2">
            <FigureTable
              caption={t("radar.title")}
              captionHidden
              header={[t("area"), ...series.map((item) => item.label)]}
              rows={radarRows.map((row) => ({ key: row.label, cells: [row.label, ...series.map((item) => percentile(row[item.key]))] }))}
              testId="radar-table"
            />
          </div>
        </details>
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        {findings("strengths", report.strengths)}
        {findings("developmentAreas", report.developmentAreas)}
      </div>

      <p className="text-sm text-slate-700">{t("legend")}</p>
      {report.areas.map(({ area }) => (
        <AreaSection key={area} area={area} report={report} t={text} locale={locale} />
      ))}
    </div>
  );
}
