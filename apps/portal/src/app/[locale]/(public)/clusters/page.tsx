import { sectorLabel } from "~/lib/sector-label";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "~/components/pagination";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { Link } from "~/i18n/navigation";
import { api } from "~/trpc/server";

export default async function ClustersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { cursor } = readListParams(await searchParams);
  const t = await getTranslations("cluster");
  const page = await (await api()).cluster.list({ cursor, limit: LIST_PAGE_SIZE });
  return (
    <div>
      <PageHeader title={t("listTitle")} />
      <Card>
        {page.items.length === 0 ? (
          <EmptyState title={t("noMembers")} />
        ) : (
          <ul className="divide-y divide-slate-200">
            {page.items.map((cluster) => (
              <li key={cluster.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <Link href={`/clusters/${cluster.slug}`} className="font-medium text-brand-800 hover:underline">
                  {cluster.name}
                </Link>
                <span className="text-sm text-slate-700">
                  {cluster.city}, {cluster.country} · {sectorLabel(cluster.sectorField, locale)} ·{" "}
                  {t("memberCount", { count: cluster.memberCount })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          pathname="/clusters"
          params={{}}
          cursor={cursor}
          nextCursor={page.nextCursor}
          limit={LIST_PAGE_SIZE}
          shown={page.items.length}
          total={page.total}
        />
      </Card>
    </div>
  );
}
