import { commitmentCriteriaKeys, membershipSortKeys, membershipStatusFilter, SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { getPathname } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

/** The cluster's member list for its managers (issue 9): status, joining day, commitment (DOMAIN.md §1) and the regional radius. */
export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, membershipSortKeys);
  const statusParam = firstParam(query.status);
  const status = membershipStatusFilter.find((value) => value === statusParam);
  const [t, tcat, format, labels, cluster, caller] = await Promise.all([
    getTranslations("members"),
    getTranslations("categories"),
    getFormatter(),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() =>
    caller.membership.list({ clusterId: cluster.id, search: search || undefined, status, cursor, limit: LIST_PAGE_SIZE, sort, direction }),
  );
  const day = (value: string | null) => (value ? format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" }) : "–");
  const path = (suffix: string) => getPathname({ locale, href: `/c/${slug}/manage/members${suffix}` });
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link
        href={path("/new")}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        data-testid="add-member"
      >
        {t("add.title")}
      </Link>
      <Link href={path("/structure")} className={linkClass} data-testid="structure-link">
        {t("structure.title")}
      </Link>
      <a href={`/api/export/members/${slug}?table=list&locale=${locale}`} download className={linkClass} data-testid="export-list">
        {t("exportList")}
      </a>
    </div>
  );
  return (
    <div>
      <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name, radius: page.radiusKm })} actions={actions} />
      <Card>
        <ListFilters
          search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
          selects={[
            {
              name: "status",
              label: t("status"),
              value: status,
              allLabel: t("allStatuses"),
              options: membershipStatusFilter.map((value) => ({ value, label: t(`statuses.${value}`) })),
            },
          ]}
          keep={{ sort, direction }}
          applyLabel={t("apply")}
        />
        <p className="mb-2 text-sm text-slate-700" data-testid="members-count">
          {t("results", { count: page.total })}
        </p>
        <DataTable
          caption={t("title")}
          captionHidden
          rows={page.items}
          rowKey={(row) => row.membershipId}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "name", direction: direction ?? "asc" }}
          href={listHref(locale, `/c/${slug}/manage/members`, { q: search || undefined, status })}
          labels={labels}
          linkComponent={Link}
          bodyTestId="member-rows"
          empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
          columns={[
            {
              id: "name",
              header: t("name"),
              sortKey: "name",
              rowHeader: true,
              cell: (row) => (
                <Link href={path(`/${row.membershipId}`)} className="font-medium text-brand-800 hover:underline">
                  {row.name}
                </Link>
              ),
            },
            { id: "category", header: t("category"), sortKey: "category", cell: (row) => tcat(row.category) },
            {
              id: "status",
              header: t("status"),
              sortKey: "status",
              cell: (row) => (
                <Badge tone={row.status === "active" ? "green" : row.status === "left" ? "slate" : "amber"}>
                  {t(`statuses.${row.status}`)}
                </Badge>
              ),
            },
            {
              id: "joinedOn",
              header: t("joinedOn"),
              sortKey: "joinedOn",
              cell: (row) => (row.leftOn ? `${day(row.joinedOn)} – ${day(row.leftOn)}` : day(row.joinedOn)),
            },
            {
              id: "committed",
              header: t("committed"),
              cell: (row) => {
                const met = commitmentCriteriaKeys.filter((key) => row[key]).map((key) => t(`criteria.short.${key}`));
                return (
                  <span data-testid="committed-cell">
                    {t(row.committed ? "yes" : "no")}
                    {met.length > 0 ? <span className="block text-xs text-slate-600">{met.join(", ")}</span> : null}
                  </span>
                );
              },
            },
            {
              id: "radius",
              header: t("withinRadius", { radius: page.radiusKm }),
              cell: (row) =>
                row.withinRadius === null
                  ? t("noLocation")
                  : `${t(row.withinRadius ? "yes" : "no")} (${format.number(row.distanceKm ?? 0, { maximumFractionDigits: 0 })} km)`,
            },
          ]}
        />
      </Card>
    </div>
  );
}
