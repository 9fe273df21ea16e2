import { memberCategories, type MemberCategory } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH, directorySortKeys } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function DirectoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, directorySortKeys);
  const categoryParam = firstParam(query.category);
  const category = memberCategories.find((value): value is MemberCategory => value === categoryParam);
  const [t, tcat, labels, cluster, caller] = await Promise.all([
    getTranslations("directory"),
    getTranslations("categories"),
    getDataTableLabels(),
    memberAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() =>
    caller.cluster.directory({
      clusterId: cluster.id,
      search: search || undefined,
      category,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  return (
    <div>
      <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
      <Card>
        <ListFilters
          search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH, placeholder: t("searchPlaceholder") }}
          selects={[
            {
              name: "category",
              label: t("category"),
              value: category,
              allLabel: t("allCategories"),
              options: memberCategories.map((value) => ({ value, label: tcat(value) })),
            },
          ]}
          keep={{ sort, direction }}
          applyLabel={t("apply")}
        />
        <p className="mb-2 text-sm text-slate-700" data-testid="directory-count">
          {t("results", { count: page.total })}
        </p>
        <DataTable
          caption={t("title")}
          captionHidden
          rows={page.items}
          rowKey={(organisation) => organisation.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "name", direction: direction ?? "asc" }}
          href={listHref(locale, `/c/${slug}/directory`, { q: search || undefined, category })}
          labels={labels}
          linkComponent={Link}
          bodyTestId="directory-rows"
          empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
          columns={[
            {
              id: "name",
              header: t("name"),
              sortKey: "name",
              cell: (organisation) =>
                organisation.website ? (
                  <a href={organisation.website} rel="noopener noreferrer" className="font-medium text-brand-800 hover:underline">
                    {organisation.name}
                  </a>
                ) : (
                  <span className="font-medium">{organisation.name}</span>
                ),
            },
            { id: "category", header: t("category"), sortKey: "category", cell: (organisation) => tcat(organisation.category) },
            { id: "city", header: t("city"), sortKey: "city", cell: (organisation) => organisation.city },
            {
              id: "topics",
              header: t("topics"),
              cell: (organisation) => (
                <span className="flex flex-wrap gap-1">
                  {organisation.technologyTags.slice(0, 3).map((tag) => (
                    <Badge key={tag}>{tag.split("/").pop()}</Badge>
                  ))}
                </span>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
