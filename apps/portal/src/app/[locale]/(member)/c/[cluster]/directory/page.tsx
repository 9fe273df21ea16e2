import { memberCategories, type MemberCategory } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH, directorySortKeys } from "@clusterwerk/validators";
import { Badge, Button, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
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
        <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <div className="min-w-60 flex-1">
            <label htmlFor="q" className="block text-sm font-medium text-slate-800">
              {t("search")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={search}
              placeholder={t("searchPlaceholder")}
              maxLength={SEARCH_TERM_MAX_LENGTH}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <div>
            <label htmlFor="category" className="block text-sm font-medium text-slate-800">
              {t("category")}
            </label>
            <select
              id="category"
              name="category"
              defaultValue={category ?? ""}
              className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              <option value="">{t("allCategories")}</option>
              {memberCategories.map((value) => (
                <option key={value} value={value}>
                  {tcat(value)}
                </option>
              ))}
            </select>
          </div>
          {sort ? <input type="hidden" name="sort" value={sort} /> : null}
          {direction ? <input type="hidden" name="direction" value={direction} /> : null}
          <Button type="submit">{t("apply")}</Button>
        </form>
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
