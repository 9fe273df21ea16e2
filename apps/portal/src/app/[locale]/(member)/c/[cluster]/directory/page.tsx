import { memberCategories, type MemberCategory } from "@clusterwerk/scoring/domain";
import { Badge, Button, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Forbidden } from "~/components/forbidden";
import { Pagination } from "~/components/pagination";
import { firstParam, LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { clusterFromParam } from "~/server/cluster-param";
import { guarded, requireViewer } from "~/server/guard";
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
  await requireViewer();
  const query = await searchParams;
  const { search, cursor } = readListParams(query);
  const categoryParam = firstParam(query.category);
  const category = memberCategories.find((value): value is MemberCategory => value === categoryParam);
  const [t, tcat, cluster, caller] = await Promise.all([
    getTranslations("directory"),
    getTranslations("categories"),
    clusterFromParam(slug),
    api(),
  ]);
  const result = await guarded(() =>
    caller.cluster.directory({ clusterId: cluster.id, search: search || undefined, category, cursor, limit: LIST_PAGE_SIZE }),
  );
  if (!result.ok) return <Forbidden />;
  const page = result.data;
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
              maxLength={100}
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
          <Button type="submit">{t("apply")}</Button>
        </form>
        <p className="mb-2 text-sm text-slate-700" data-testid="directory-count">
          {t("results", { count: page.total })}
        </p>
        {page.items.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("category")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("city")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("topics")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="directory-rows">
              {page.items.map((organisation) => (
                <tr key={organisation.id}>
                  <td className="py-2 pr-4 font-medium">
                    {organisation.website ? (
                      <a href={organisation.website} rel="noopener noreferrer" className="text-brand-800 hover:underline">
                        {organisation.name}
                      </a>
                    ) : (
                      organisation.name
                    )}
                  </td>
                  <td className="py-2 pr-4">{tcat(organisation.category)}</td>
                  <td className="py-2 pr-4">{organisation.city}</td>
                  <td className="py-2">
                    <span className="flex flex-wrap gap-1">
                      {organisation.technologyTags.slice(0, 3).map((tag) => (
                        <Badge key={tag}>{tag.split("/").pop()}</Badge>
                      ))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          pathname={`/c/${slug}/directory`}
          params={{ q: search || undefined, category }}
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
