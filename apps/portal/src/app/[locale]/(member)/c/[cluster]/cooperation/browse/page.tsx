import { profileSortKeys } from "@clusterwerk/validators";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CooperationTabs } from "~/components/cooperation/cooperation-tabs";
import { ProfilesTable, readProfileFilters } from "~/components/cooperation/profiles-table";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";

/** The other organisations' profiles a contact person may be matched with: own cluster and partner clusters (DOMAIN.md §5.2). */
export default async function BrowseProfilesPage({
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
        <PageHeader title={t("browseTitle")} description={t("browseLead")} />
        <EmptyState title={t("notMember")} />
      </div>
    );
  }
  const page = await guarded(() =>
    caller.cooperation.browse({
      clusterId: cluster.id,
      organisationId: organisation.organisationId,
      search: search || undefined,
      type: filters.type,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  return (
    <div>
      <PageHeader title={t("browseTitle")} description={t("browseLead")} />
      <CooperationTabs slug={slug} current="browse" />
      <Card>
        <ProfilesTable
          locale={locale}
          pathname={`/c/${slug}/cooperation/browse`}
          detailPath={`/c/${slug}/cooperation`}
          clusterId={cluster.id}
          own={false}
          filters={{ ...filters, status: undefined }}
          page={page}
          cursor={cursor}
          sort={sort}
          direction={direction}
          empty={t("emptyBrowse")}
        />
      </Card>
    </div>
  );
}
