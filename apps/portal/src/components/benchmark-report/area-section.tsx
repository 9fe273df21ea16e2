import { Card } from "@clusterwerk/ui";
import type { BenchmarkReport } from "~/lib/benchmark-report-text";
import { formatIndicatorValue, type ReportTranslate, reportNumbers } from "~/lib/indicator-value-text";
import { FigureTable } from "../needs-analysis/figure-table";
import { QuartileBars } from "./quartile-bars";

/**
 * One area of the report: per indicator its own value and quartile bars against the three groups,
 * and below, the same statistics as a table (n, min, Q1, median, Q3, max, percentile per group).
 */
export function AreaSection({
  area,
  report,
  t,
  locale,
}: {
  area: BenchmarkReport["indicators"][number]["area"];
  report: BenchmarkReport;
  t: ReportTranslate;
  locale: string;
}) {
  const indicators = report.indicators.filter((indicator) => indicator.area === area);
  const { percentile } = reportNumbers(locale);
  const name = (indicator: (typeof indicators)[number]) => (locale === "en" ? indicator.name.en : indicator.name.de);
  const shownGroups = report.groups.filter((group) => group.shown);
  const value = (indicator: (typeof indicators)[number], number: number | null) => formatIndicatorValue(indicator, number, t, locale);
  const rows = indicators.flatMap((indicator) =>
    shownGroups.map((group) => {
      const statistics = group.shown ? group.indicators[indicator.id] : undefined;
      return {
        key: `${indicator.id}-${group.kind}`,
        cells: [
          `${indicator.id} ${name(indicator)} – ${t(`groups.${group.kind}`)}`,
          value(indicator, indicator.own),
          statistics?.n ?? 0,
          value(indicator, statistics?.min ?? null),
          value(indicator, statistics?.q1 ?? null),
          value(indicator, statistics?.median ?? null),
          value(indicator, statistics?.q3 ?? null),
          value(indicator, statistics?.max ?? null),
          percentile(statistics?.percentile ?? null),
        ],
      };
    }),
  );
  return (
    <Card title={t(`areas.${area}`)}>
      <ul className="divide-y divide-slate-100" data-testid={`area-${area}`}>
        {indicators.map((indicator) => (
          <li key={indicator.id} className="grid gap-2 py-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] md:items-center">
            <div>
              <p className="font-medium text-slate-900">
                {indicator.id} {name(indicator)}
              </p>
              <p className="text-sm text-slate-700">
                {t("own")}: <span className="tabular-nums">{value(indicator, indicator.own)}</span>
                {indicator.scored
                  ? ` · ${t("points")}: ${reportNumbers(locale).number(indicator.points)} / ${indicator.maxPoints}`
                  : ` · ${t("notScored")}`}
                {indicator.direction === "lower" ? ` · ${t("lowerIsBetter")}` : ""}
              </p>
            </div>
            <QuartileBars
              indicator={indicator}
              groups={report.groups}
              name={t("quartileChart", { indicator: `${indicator.id} ${name(indicator)}`, own: value(indicator, indicator.own) })}
            />
          </li>
        ))}
      </ul>
      <details className="mt-3 rounded-md border border-slate-200 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("tableSummary")}</summary>
        <div className="mt-2">
          <FigureTable
            caption={t(`areas.${area}`)}
            captionHidden
            header={[t("indicator"), t("own"), t("n"), t("min"), t("q1"), t("median"), t("q3"), t("max"), t("percentile")]}
            rows={rows}
            testId={`area-table-${area}`}
          />
        </div>
      </details>
    </Card>
  );
}
