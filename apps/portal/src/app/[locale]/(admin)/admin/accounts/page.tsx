import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSearch } from "~/components/admin-search";
import { Forbidden } from "~/components/forbidden";
import { Pagination } from "~/components/pagination";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded, requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function AccountsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer();
  const { search, cursor } = readListParams(await searchParams);
  const [t, caller] = await Promise.all([getTranslations("admin"), api()]);
  const result = await guarded(() => caller.admin.users({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE }));
  if (!result.ok) return <Forbidden />;
  const page = result.data;
  return (
    <div>
      <PageHeader title={t("accountsTitle")} />
      <Card>
        <AdminSearch value={search} />
        {page.items.length === 0 ? (
          <EmptyState title={t("accountsEmpty")} />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((user) => (
                <tr key={user.id}>
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{user.name ?? "–"}</td>
                  <td className="py-2">
                    {user.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="amber">{t("pending")}</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          pathname="/admin/accounts"
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
