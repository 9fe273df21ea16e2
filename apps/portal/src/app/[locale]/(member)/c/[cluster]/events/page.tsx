import { Badge, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { registrationTone } from "~/components/events/event-status";
import { Link as LocaleLink } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function EventsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const { cursor } = readListParams(await searchParams);
  const [t, format, labels, cluster, caller] = await Promise.all([
    getTranslations("events"),
    getFormatter(),
    getDataTableLabels(),
    memberAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() => caller.event.open({ clusterId: cluster.id, cursor, limit: LIST_PAGE_SIZE }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("lead", { cluster: cluster.name })}
        actions={
          <LocaleLink href="/my-events" className="text-sm font-medium text-brand-800 underline">
            {t("mineTitle")}
          </LocaleLink>
        }
      />
      <Card>
        <DataTable
          caption={t("title")}
          captionHidden
          rows={page.items}
          rowKey={(event) => event.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          href={listHref(locale, `/c/${slug}/events`, {})}
          labels={labels}
          linkComponent={Link}
          bodyTestId="event-rows"
          empty={<EmptyState title={t("emptyUpcoming")}>{t("emptyHint")}</EmptyState>}
          columns={[
            {
              id: "title",
              header: t("fields.title"),
              cell: (event) => (
                <LocaleLink href={`/c/${slug}/events/${event.id}`} className="font-medium text-brand-800 hover:underline">
                  {event.title}
                </LocaleLink>
              ),
            },
            { id: "kind", header: t("fields.kind"), cell: (event) => t(`kinds.${event.kind}`) },
            {
              id: "startsAt",
              header: t("fields.startsAt"),
              cell: (event) => format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone }),
            },
            { id: "place", header: t("fields.location"), cell: (event) => event.location ?? t("online") },
            {
              id: "seats",
              header: t("seatsFree"),
              cell: (event) =>
                event.capacity === null
                  ? t("unlimited")
                  : event.registeredCount >= event.capacity
                    ? t("full")
                    : String(event.capacity - event.registeredCount),
            },
            {
              id: "mine",
              header: t("myPlace"),
              cell: (event) =>
                event.myStatus && event.myStatus !== "cancelled" ? (
                  <Badge tone={registrationTone[event.myStatus]}>
                    {event.myStatus === "waitlisted"
                      ? t("waitlistedAt", { position: event.myPosition ?? 0 })
                      : t("registrationStatuses.registered")}
                  </Badge>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
