import { needSortKeys } from "@clusterwerk/validators";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedsRegister, readRegisterFilters } from "~/components/needs/needs-register";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";

/** A contact person's needs register: their organisation's needs and those shared with them (DOMAIN.md §2). */
export default async function NeedsPage({
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
  const [t, cluster, caller] = await Promise.all([getTranslations("needs"), memberAreaCluster(slug), api()]);
  const organisation = await memberOrganisationIn(cluster.id);
  if (!organisation) {
    return (
      <div>
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <EmptyState title={t("notMember")}>
          <Link href={`/c/${slug}/manage/needs`} className="text-brand-800 underline">
            {t("toRegister")}
          </Link>
        </EmptyState>
      </div>
    );
  }
  const page = await guarded(() =>
    caller.need.visible({
      clusterId: cluster.id,
      organisationId: organisation.organisationId,
      search: search || undefined,
      category: filters.category,
      status: filters.status,
      scope: filters.scope,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  return (
    <div>
      <PageHeader
        title={t("title")}
        description={t("leadFor", { organisation: organisation.organisationName, cluster: cluster.name })}
        actions={
          <Link
            href={`/c/${slug}/needs/new`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </Link>
        }
      />
      <Card>
        <NeedsRegister
          locale={locale}
          pathname={`/c/${slug}/needs`}
          clusterId={cluster.id}
          filters={filters}
          withScope
          page={page}
          cursor={cursor}
          sort={sort}
          direction={direction}
        />
      </Card>
    </div>
  );
}
