import { clusterSortKeys } from "@clusterwerk/validators";
import { Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import NextLink from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSearch } from "~/components/admin-search";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function AdminClustersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, cursor, sort, direction } = readListParams(await searchParams, clusterSortKeys);
  const [t, labels, caller] = await Promise.all([getTranslations("admin"), getDataTableLabels(), api()]);
  const page = await guarded(() => caller.admin.clusters({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE, sort, direction }));
  return (
    <div>
      <PageHeader title={t("clustersTitle")} />
      <Card>
        <AdminSearch value={search} />
        <DataTable
          caption={t("clustersTitle")}
          captionHidden
          rows={page.items}
          rowKey={(cluster) => cluster.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "name", direction: direction ?? "asc" }}
          href={listHref(locale, "/admin/clusters", { q: search || undefined })}
          labels={labels}
          linkComponent={NextLink}
          empty={<EmptyState title={t("clustersEmpty")} />}
          columns={[
            {
              id: "name",
              header: t("name"),
              sortKey: "name",
              cell: (cluster) => (
                <Link href={`/clusters/${cluster.slug}`} className="text-brand-800 hover:underline">
                  {cluster.name}
                </Link>
              ),
            },
            { id: "city", header: t("city"), sortKey: "city", cell: (cluster) => cluster.city },
            { id: "country", header: t("country"), sortKey: "country", cell: (cluster) => cluster.country },
            { id: "members", header: t("members"), sortKey: "memberCount", cell: (cluster) => cluster.memberCount },
            { id: "open", header: t("open"), cell: (cluster) => (cluster.openMatchmaking ? t("yes") : t("no")) },
          ]}
        />
      </Card>
    </div>
  );
}
