import { calendarDayOf } from "@clusterwerk/api";
import { membershipDay } from "@clusterwerk/validators";
import { Button, Card, Notice, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { MemberGrowthChart } from "~/components/members/member-growth-chart";
import { ChartWithTable } from "~/components/needs-analysis/chart-with-table";
import { FigureTable } from "~/components/needs-analysis/figure-table";
import { getPathname } from "~/i18n/navigation";
import { firstParam, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** The member structure as of a chosen day (issue 9; indicators S1–S8 of DOMAIN.md §6.1; S8 as the prospects page shows it), with charts, their tables and CSV. */
export default async function MemberStructurePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const requested = firstParam((await searchParams).asOf);
  const valid = membershipDay.safeParse(requested);
  const asOf = valid.success ? valid.data : calendarDayOf(new Date());
  const [t, tcat, format, cluster, caller] = await Promise.all([
    getTranslations("members"),
    getTranslations("categories"),
    getFormatter(),
    managerAreaCluster(slug),
    api(),
  ]);
  const structure = await guarded(() => caller.membership.structure({ clusterId: cluster.id, asOf }));
  const lang = locale === "en" ? "en" : "de";
  const percent = (value: number | null) =>
    value === null ? "–" : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const signedPercent = (value: number | null) =>
    value === null ? "–" : format.number(value / 100, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" });
  const month = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { month: "short", year: "2-digit" });
  const figures = [
    { id: "S1", label: t("structure.S1"), value: format.number(structure.S1.value ?? 0) },
    { id: "S2", label: t("structure.S2"), value: t("structure.ofNine", { count: structure.S2.value ?? 0 }) },
    { id: "S3", label: t("structure.S3"), value: percent(structure.S3.value) },
    { id: "S4", label: t("structure.S4"), value: percent(structure.S4.value) },
    { id: "S5", label: t("structure.S5"), value: percent(structure.S5.value) },
    { id: "S6", label: t("structure.S6", { radius: structure.radiusKm }), value: percent(structure.S6.value) },
    { id: "S7", label: t("structure.S7"), value: signedPercent(structure.S7.value) },
    { id: "S8", label: t("structure.S8"), value: percent(structure.S8.value) },
  ] as const;
  const exportLink = (
    <div className="flex flex-wrap gap-2">
      <Link
        href={getPathname({ locale, href: `/c/${slug}/manage/members` })}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {t("title")}
      </Link>
      <a
        href={`/api/export/members/${slug}?table=structure&asOf=${asOf}&locale=${locale}`}
        download
        data-testid="export-structure"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        {t("exportStructure")}
      </a>
    </div>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("structure.title")}
        description={t("structure.lead", { cluster: cluster.name, date: day(asOf) })}
        actions={exportLink}
      />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="asOf" className="block text-sm font-medium text-slate-800">
              {t("structure.asOf")}
            </label>
            <input
              id="asOf"
              name="asOf"
              type="date"
              defaultValue={asOf}
              className="block rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <Button type="submit">{t("structure.show")}</Button>
        </form>
        {requested && !valid.success ? (
          <div className="mt-3">
            <Notice tone="error">{t("structure.invalidDate")}</Notice>
          </div>
        ) : null}
      </Card>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="structure-figures">
        {figures.map((figure) => (
          <div key={figure.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`figure-${figure.id}`}>
            <dt className="text-sm text-slate-700">{figure.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`value-${figure.id}`}>
              {figure.value}
            </dd>
            <dd className="mt-1 text-xs text-slate-600">{structure[figure.id].source[lang]}</dd>
          </div>
        ))}
      </dl>
      <Card title={t("structure.categoryMix")}>
        <ChartWithTable
          name={t("structure.categoryMixChart", { date: day(asOf) })}
          tableSummary={t("structure.showTable")}
          rowHeader={t("category")}
          rows={structure.S2.byCategory.map((row) => ({ label: tcat(row.category), members: row.count }))}
          series={[{ key: "members", label: t("structure.members"), color: "#1d4ed8" }]}
          format={(value) => format.number(value)}
          testId="category-mix"
        />
      </Card>
      <Card title={t("structure.growth")}>
        <p className="mb-3 text-sm text-slate-700" data-testid="growth-lead">
          {t("structure.growthLead", { then: structure.S7.then, since: day(structure.S7.since), now: structure.S7.now, date: day(asOf) })}
        </p>
        <figure className="space-y-3" data-testid="growth-chart">
          <MemberGrowthChart
            name={t("structure.growthChart", { since: day(structure.S7.since), date: day(asOf) })}
            seriesLabel={t("structure.members")}
            points={structure.monthly.map((point) => ({ label: month(point.date), members: point.members }))}
          />
          <details className="rounded-md border border-slate-200 px-3 py-2">
            <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("structure.showTable")}</summary>
            <div className="mt-2">
              <FigureTable
                caption={t("structure.growthChart", { since: day(structure.S7.since), date: day(asOf) })}
                captionHidden
                header={[t("structure.date"), t("structure.members")]}
                rows={structure.monthly.map((point) => ({ key: point.date, cells: [day(point.date), format.number(point.members)] }))}
                testId="growth-table"
              />
            </div>
          </details>
        </figure>
      </Card>
    </div>
  );
}
