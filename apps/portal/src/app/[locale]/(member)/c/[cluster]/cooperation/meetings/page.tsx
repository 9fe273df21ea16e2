import { meetingSortKeys } from "@clusterwerk/validators";
import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CooperationTabs } from "~/components/cooperation/cooperation-tabs";
import { MeetingsTable, readMeetingFilters } from "~/components/cooperation/meetings-table";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** A contact person's meetings from matches (DOMAIN.md §5.4): incoming and outgoing requests, answers, outcomes, agreements. */
export default async function MeetingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, meetingSortKeys);
  const filters = readMeetingFilters(query, search);
  const [t, tc, cluster, caller] = await Promise.all([
    getTranslations("cooperation.meetings"),
    getTranslations("cooperation"),
    memberAreaCluster(slug),
    api(),
  ]);
  const organisation = await memberOrganisationIn(cluster.id);
  if (!organisation) {
    return (
      <div>
        <PageHeader title={t("title")} description={t("lead")} />
        <EmptyState title={tc("notMember")} />
      </div>
    );
  }
  const scope = { clusterId: cluster.id, organisationId: organisation.organisationId };
  const page = await guarded(() =>
    caller.cooperationMeeting.mine({
      ...scope,
      search: search || undefined,
      side: filters.side,
      status: filters.status,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  return (
    <ClientMessages namespaces={["cooperation", "serverErrors", "validation"]}>
      <div>
        <PageHeader title={t("title")} description={t("lead")} />
        <CooperationTabs slug={slug} current="meetings" />
        <Card>
          <MeetingsTable
            locale={locale}
            pathname={`/c/${slug}/cooperation/meetings`}
            scope={scope}
            filters={filters}
            page={page}
            cursor={cursor}
            sort={sort}
            direction={direction}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
