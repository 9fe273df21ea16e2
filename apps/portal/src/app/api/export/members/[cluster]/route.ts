import { csvHeaders, csvStream, type CsvValue, type RouterOutputs } from "@clusterwerk/api";
import { commitmentCriteriaKeys as criteria, membershipDay } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { routing } from "~/i18n/routing";
import { api } from "~/trpc/server";

type Translate = Awaited<ReturnType<typeof getTranslations<"members">>>;
type Table = { header: string[]; rows: CsvValue[][] };

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/** Every membership, one row each: the list's columns with dates as `YYYY-MM-DD` and the criteria spelled out. */
function listTable(list: RouterOutputs["membership"]["exportList"], t: Translate, tcat: (key: string) => string): Table {
  const yesNo = (value: boolean | null) => (value === null ? "" : t(value ? "yes" : "no"));
  return {
    header: [
      t("name"),
      t("category"),
      t("employees"),
      t("postalCode"),
      t("city"),
      t("country"),
      t("status"),
      t("joinedOn"),
      t("leftOn"),
      ...criteria.map((key) => t(`criteria.short.${key}`)),
      t("csv.committedOn", { date: list.today }),
      t("csv.distanceKm"),
      t("withinRadius", { radius: list.radiusKm }),
    ],
    rows: list.rows.map((row) => [
      row.name,
      tcat(row.category),
      row.employees,
      row.postalCode,
      row.city,
      row.country,
      t(`statuses.${row.status}`),
      row.joinedOn,
      row.leftOn,
      ...criteria.map((key) => yesNo(row[key])),
      yesNo(row.committed),
      row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
      yesNo(row.withinRadius),
    ]),
  };
}

/** The structure figures S1–S8 with their sources, then the members per category and per month, as figure / value / source rows. */
function structureTable(
  structure: RouterOutputs["membership"]["structure"],
  t: Translate,
  tcat: (key: string) => string,
  lang: "de" | "en",
): Table {
  const ids = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"] as const;
  const label = (id: (typeof ids)[number]) => `${id} ${t(`structure.${id}`, { radius: structure.radiusKm })}`;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    header: [t("csv.figure"), t("csv.value"), t("csv.source")],
    rows: [
      ...ids.map((id) => [label(id), round(structure[id].value), structure[id].source[lang]]),
      ...structure.S2.byCategory.map((row) => [t("csv.membersIn", { category: tcat(row.category), date: structure.asOf }), row.count, ""]),
      ...structure.monthly.map((point) => [t("csv.membersOn", { date: point.date }), point.members, ""]),
    ],
  };
}

/**
 * CSV export of a cluster's member list (`?table=list`) or member structure (`?table=structure&asOf=YYYY-MM-DD`),
 * in `?locale=de|en`, through the shared CSV writer (formula cells neutralised). The procedures check the
 * role: managers of the cluster only (others 401/403, another cluster 404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ cluster: string }> }) {
  const { cluster: slug } = await params;
  const url = new URL(request.url);
  const table = url.searchParams.get("table") === "structure" ? "structure" : "list";
  const asOf = membershipDay.safeParse(url.searchParams.get("asOf"));
  const requested = url.searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  const [caller, t, tcat] = await Promise.all([
    api(),
    getTranslations({ locale, namespace: "members" }),
    getTranslations({ locale, namespace: "categories" }),
  ]);
  const category = (key: string) => tcat(key);
  try {
    const { id: clusterId } = await caller.cluster.profile({ slug });
    const csv =
      table === "structure"
        ? structureTable(
            await caller.membership.structure({ clusterId, asOf: asOf.success ? asOf.data : undefined }),
            t,
            category,
            locale === "en" ? "en" : "de",
          )
        : listTable(await caller.membership.exportList({ clusterId }), t, category);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csvStream(csv.header, csv.rows), { headers: csvHeaders(`${slug}-members-${table}-${date}.csv`) });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
