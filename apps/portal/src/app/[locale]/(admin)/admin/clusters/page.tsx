import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSearch } from "~/components/admin-search";
import { Forbidden } from "~/components/forbidden";
import { Pagination } from "~/components/pagination";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { Link } from "~/i18n/navigation";
import { guarded, requireViewer } from "~/server/guard";
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
  await requireViewer();
  const { search, cursor } = readListParams(await searchParams);
  const [t, caller] = await Promise.all([getTranslations("admin"), api()]);
  const result = await guarded(() => caller.admin.clusters({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE }));
  if (!result.ok) return <Forbidden />;
  const page = result.data;
  return (
    <div>
      <PageHeader title={t("clustersTitle")} />
      <Card>
        <AdminSearch value={search} />
        {page.items.length === 0 ? (
          <EmptyState title={t("clustersEmpty")} />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("city")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("country")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("members")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("open")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((cluster) => (
                <tr key={cluster.id}>
                  <td className="py-2 pr-4">
                    <Link href={`/clusters/${cluster.slug}`} className="text-brand-800 hover:underline">
                      {cluster.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{cluster.city}</td>
                  <td className="py-2 pr-4">{cluster.country}</td>
                  <td className="py-2 pr-4">{cluster.memberCount}</td>
                  <td className="py-2">{cluster.openMatchmaking ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          pathname="/admin/clusters"
          params={{ q: search || undefined }}
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
