import { csvHeaders, csvStream, type CsvValue, type RouterOutputs } from "@clusterwerk/api";
import { needCategories } from "@clusterwerk/scoring/domain";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { needCategoryLabel } from "~/lib/need-category-label";
import { routing } from "~/i18n/routing";
import { api } from "~/trpc/server";

type Translate = Awaited<ReturnType<typeof getTranslations<"needsAnalysis">>>;
type Table = { header: string[]; rows: CsvValue[][] };

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/** The analysis as one row per need category (§2): demand, coverage, the two heatmaps' cells and the trend. */
function analysisTable(
  analysis: RouterOutputs["needsAnalysis"]["get"],
  t: Translate,
  tcat: (key: string) => string,
  locale: string,
): Table {
  const { byMemberCategory, bySizeClass } = analysis.heatmap;
  const trend = analysis.trend;
  const header = [
    t("category"),
    t("csv.openNeeds"),
    t("csv.demand"),
    t("csv.supply"),
    t("csv.gap"),
    ...byMemberCategory.columns.map((column) => t("csv.demandBy", { group: tcat(column) })),
    ...bySizeClass.columns.map((column) => t("csv.demandBy", { group: t(`sizeClasses.${column}`) })),
    ...(trend ? [t("csv.now", { campaign: trend.current.title }), t("csv.now", { campaign: trend.previous.title }), t("csv.change")] : []),
  ];
  const rows = needCategories.map((category, index) => {
    const demand = analysis.demand[index];
    const covered = analysis.coverage.categories[index];
    const trendRow = trend?.categories[index];
    return [
      needCategoryLabel(category, locale),
      demand?.openNeeds ?? 0,
      demand?.demand ?? 0,
      covered?.supply ?? 0,
      covered?.gap ?? 0,
      ...(byMemberCategory.rows[index]?.values ?? []),
      ...(bySizeClass.rows[index]?.values ?? []),
      ...(trendRow ? [trendRow.now, trendRow.then, trendRow.change] : []),
    ];
  });
  const total = [
    t("total"),
    analysis.demand.reduce((sum, row) => sum + row.openNeeds, 0),
    analysis.coverage.overall.demand,
    analysis.coverage.overall.supply,
    analysis.coverage.overall.gap,
    ...byMemberCategory.columnTotals,
    ...bySizeClass.columnTotals,
    ...(trend ? [trend.total.now, trend.total.then, trend.total.change] : []),
  ];
  return { header, rows: [...rows, total] };
}

/** Every need of the register, one row each, with the texts a spreadsheet user reads. */
function registerTable(
  needs: RouterOutputs["needsAnalysis"]["register"],
  t: Translate,
  tcat: (key: string) => string,
  locale: string,
): Table {
  const keys = [
    "id",
    "organisation",
    "memberCategory",
    "title",
    "description",
    "importance",
    "horizon",
    "status",
    "visibility",
    "campaign",
    "covered",
    "createdAt",
    "updatedAt",
  ] as const;
  const header = [...keys.slice(0, 3).map((key) => t(`csv.${key}`)), t("category"), ...keys.slice(3).map((key) => t(`csv.${key}`))];
  const rows = needs.map((need) => [
    need.id,
    need.organisationName,
    tcat(need.memberCategory),
    needCategoryLabel(need.category, locale),
    need.title,
    need.description,
    need.importance,
    t(`csv.horizons.${need.horizon}`),
    t(`csv.statuses.${need.status}`),
    t(`csv.visibilities.${need.visibility}`),
    need.campaignTitle,
    t(need.covered ? "csv.yes" : "csv.no"),
    need.createdAt,
    need.updatedAt,
  ]);
  return { header, rows };
}

/**
 * CSV export of a cluster's needs analysis (`?table=analysis`) or needs register (`?table=register`),
 * in `?locale=de|en`. The role is checked by the procedures themselves through the same in-process
 * caller as the pages: managers of the cluster only (others 401/403, another cluster 404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ cluster: string }> }) {
  const { cluster: slug } = await params;
  const url = new URL(request.url);
  const table = url.searchParams.get("table") === "register" ? "register" : "analysis";
  const requested = url.searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  const [caller, t, tcat] = await Promise.all([
    api(),
    getTranslations({ locale, namespace: "needsAnalysis" }),
    getTranslations({ locale, namespace: "categories" }),
  ]);
  const category = (key: string) => tcat(key);
  try {
    const { id: clusterId } = await caller.cluster.profile({ slug });
    const csv =
      table === "register"
        ? registerTable(await caller.needsAnalysis.register({ clusterId }), t, category, locale)
        : analysisTable(await caller.needsAnalysis.get({ clusterId }), t, category, locale);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csvStream(csv.header, csv.rows), { headers: csvHeaders(`${slug}-needs-${table}-${date}.csv`) });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
