import { profileSortKeys } from "@clusterwerk/validators";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CooperationTabs } from "~/components/cooperation/cooperation-tabs";
import { ProfilesTable, readProfileFilters } from "~/components/cooperation/profiles-table";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";

/** A contact person's cooperation profiles in the cluster (DOMAIN.md §5.1), every status. */
export default async function CooperationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, profileSortKeys);
  const filters = readProfileFilters(query, search);
  const [t, cluster, caller] = await Promise.all([getTranslations("cooperation"), memberAreaCluster(slug), api()]);
  const organisation = await memberOrganisationIn(cluster.id);
  if (!organisation) {
    return (
      <div>
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <EmptyState title={t("notMember")} />
      </div>
    );
  }
  const page = await guarded(() =>
    caller.cooperation.mine({
      clusterId: cluster.id,
      organisationId: organisation.organisationId,
      search: search || undefined,
      type: filters.type,
      status: filters.status,
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
        description={t("lead", { cluster: cluster.name })}
        actions={
          <Link
            href={`/c/${slug}/cooperation/new`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </Link>
        }
      />
      <CooperationTabs slug={slug} current="mine" />
      <Card>
        <ProfilesTable
          locale={locale}
          pathname={`/c/${slug}/cooperation`}
          detailPath={`/c/${slug}/cooperation`}
          clusterId={cluster.id}
          own
          filters={filters}
          page={page}
          cursor={cursor}
          sort={sort}
          direction={direction}
          empty={t("emptyMine")}
        />
      </Card>
    </div>
  );
}
