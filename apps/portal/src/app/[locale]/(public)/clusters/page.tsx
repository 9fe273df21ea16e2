import { clusterSortKeys } from "@clusterwerk/validators";
import { Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import NextLink from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { sectorLabel } from "~/lib/sector-label";
import { api } from "~/trpc/server";

export default async function ClustersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { cursor, sort, direction } = readListParams(await searchParams, clusterSortKeys);
  const [t, ta, labels, caller] = await Promise.all([getTranslations("cluster"), getTranslations("admin"), getDataTableLabels(), api()]);
  const page = await caller.cluster.list({ cursor, limit: LIST_PAGE_SIZE, sort, direction });
  return (
    <div>
      <PageHeader title={t("listTitle")} />
      <Card>
        <DataTable
          caption={t("listTitle")}
          captionHidden
          rows={page.items}
          rowKey={(cluster) => cluster.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "name", direction: direction ?? "asc" }}
          href={listHref(locale, "/clusters", {})}
          labels={labels}
          linkComponent={NextLink}
          empty={<EmptyState title={t("noClusters")} />}
          columns={[
            {
              id: "name",
              header: ta("name"),
              sortKey: "name",
              rowHeader: true,
              cell: (cluster) => (
                <Link href={`/clusters/${cluster.slug}`} className="font-medium text-brand-800 hover:underline">
                  {cluster.name}
                </Link>
              ),
            },
            { id: "city", header: ta("city"), sortKey: "city", cell: (cluster) => `${cluster.city}, ${cluster.country}` },
            { id: "sector", header: t("sector"), cell: (cluster) => sectorLabel(cluster.sectorField, locale) },
            {
              id: "members",
              header: t("members"),
              sortKey: "memberCount",
              cell: (cluster) => t("memberCount", { count: cluster.memberCount }),
            },
          ]}
        />
      </Card>
    </div>
  );
}
