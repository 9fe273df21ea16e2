import { needSortKeys } from "@clusterwerk/validators";
import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedsRegister, readRegisterFilters } from "~/components/needs/needs-register";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** The managers' needs register: every need of the cluster, whatever its visibility (DOMAIN.md §2). */
export default async function ManageNeedsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, needSortKeys);
  const filters = readRegisterFilters(query, search);
  const [t, cluster, caller] = await Promise.all([getTranslations("needs"), managerAreaCluster(slug), api()]);
  const page = await guarded(() =>
    caller.need.register({
      clusterId: cluster.id,
      search: search || undefined,
      category: filters.category,
      status: filters.status,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  return (
    <div>
      <PageHeader title={t("manageTitle")} description={t("manageLead", { cluster: cluster.name })} />
      <Card>
        <NeedsRegister
          locale={locale}
          pathname={`/c/${slug}/manage/needs`}
          clusterId={cluster.id}
          filters={{ ...filters, scope: undefined }}
          withScope={false}
          page={page}
          cursor={cursor}
          sort={sort}
          direction={direction}
        />
      </Card>
    </div>
  );
}
