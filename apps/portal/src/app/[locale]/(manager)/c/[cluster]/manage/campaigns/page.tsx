import { campaignSortKeys } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import NextLink from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

const stateTone = { upcoming: "slate", open: "brand", closed: "green" } as const;

/** The managers' list of needs surveys with each one's live response rate. */
export default async function ManageCampaignsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const { cursor, sort, direction } = readListParams(await searchParams, campaignSortKeys);
  const [t, format, labels, cluster, caller] = await Promise.all([
    getTranslations("campaigns"),
    getFormatter(),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() => caller.campaign.list({ clusterId: cluster.id, cursor, limit: LIST_PAGE_SIZE, sort, direction }));
  const date = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <div>
      <PageHeader
        title={t("manageTitle")}
        description={t("manageLead", { cluster: cluster.name })}
        actions={
          <Link
            href={`/c/${slug}/manage/campaigns/new`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </Link>
        }
      />
      <Card>
        <DataTable
          caption={t("manageTitle")}
          captionHidden
          rows={page.items}
          rowKey={(campaign) => campaign.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "opensOn", direction: direction ?? "desc" }}
          href={listHref(locale, `/c/${slug}/manage/campaigns`, {})}
          labels={labels}
          linkComponent={NextLink}
          bodyTestId="campaign-rows"
          empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
          columns={[
            {
              id: "title",
              header: t("columns.title"),
              sortKey: "title",
              cell: (campaign) => (
                <Link href={`/c/${slug}/manage/campaigns/${campaign.id}`} className="font-medium text-brand-800 hover:underline">
                  {campaign.title}
                </Link>
              ),
            },
            {
              id: "period",
              header: t("columns.period"),
              sortKey: "opensOn",
              cell: (campaign) => t("period", { opensOn: date(campaign.opensOn), closesOn: date(campaign.closesOn) }),
            },
            {
              id: "state",
              header: t("columns.state"),
              cell: (campaign) => <Badge tone={stateTone[campaign.state]}>{t(`states.${campaign.state}`)}</Badge>,
            },
            { id: "categories", header: t("columns.categories"), cell: (campaign) => campaign.categories.length },
            {
              id: "responseRate",
              header: t("columns.responseRate"),
              cell: (campaign) =>
                campaign.responseRate.rate === null
                  ? t("noInvitees")
                  : t("rate", {
                      responded: campaign.responseRate.responded,
                      invited: campaign.responseRate.invited,
                      percent: format.number(campaign.responseRate.rate, { style: "percent" }),
                    }),
            },
          ]}
        />
      </Card>
    </div>
  );
}
