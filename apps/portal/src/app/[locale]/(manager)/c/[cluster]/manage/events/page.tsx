import { eventPeriods, eventSortKeys, type EventPeriod } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { eventStatusTone } from "~/components/events/event-status";
import { Link as LocaleLink } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function ManageEventsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { cursor, sort, direction } = readListParams(query, eventSortKeys);
  const periodParam = firstParam(query.period);
  const period: EventPeriod = eventPeriods.find((value) => value === periodParam) ?? "upcoming";
  const [t, format, labels, cluster, caller] = await Promise.all([
    getTranslations("events"),
    getFormatter(),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() => caller.event.list({ clusterId: cluster.id, period, cursor, limit: LIST_PAGE_SIZE, sort, direction }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("manageTitle")}
        description={t("manageLead", { cluster: cluster.name })}
        actions={
          <LocaleLink
            href={`/c/${slug}/manage/events/new`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </LocaleLink>
        }
      />
      <nav aria-label={t("period")} className="flex gap-2 text-sm">
        {eventPeriods.map((value) => (
          <LocaleLink
            key={value}
            href={`/c/${slug}/manage/events?period=${value}`}
            aria-current={value === period ? "page" : undefined}
            className={
              value === period ? "rounded bg-brand-700 px-3 py-1 text-white" : "rounded px-3 py-1 text-slate-800 hover:bg-slate-100"
            }
          >
            {t(`periods.${value}`)}
          </LocaleLink>
        ))}
      </nav>
      <Card>
        <DataTable
          caption={t(`periods.${period}`)}
          captionHidden
          rows={page.items}
          rowKey={(event) => event.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "startsAt", direction: direction ?? (period === "upcoming" ? "asc" : "desc") }}
          href={listHref(locale, `/c/${slug}/manage/events`, { period })}
          labels={labels}
          linkComponent={Link}
          bodyTestId="event-rows"
          empty={<EmptyState title={t(period === "upcoming" ? "emptyUpcoming" : "emptyPast")} />}
          columns={[
            {
              id: "title",
              header: t("fields.title"),
              sortKey: "title",
              cell: (event) => (
                <LocaleLink href={`/c/${slug}/manage/events/${event.id}`} className="font-medium text-brand-800 hover:underline">
                  {event.title}
                </LocaleLink>
              ),
            },
            { id: "kind", header: t("fields.kind"), cell: (event) => t(`kinds.${event.kind}`) },
            {
              id: "startsAt",
              header: t("fields.startsAt"),
              sortKey: "startsAt",
              cell: (event) => format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone }),
            },
            {
              id: "status",
              header: t("status"),
              cell: (event) => <Badge tone={eventStatusTone[event.status]}>{t(`statuses.${event.status}`)}</Badge>,
            },
            {
              id: "seats",
              header: t("seats"),
              cell: (event) =>
                event.capacity === null
                  ? t("seatsUnlimited", { taken: event.registeredCount })
                  : t("seatsOf", { taken: event.registeredCount, capacity: event.capacity }),
            },
            { id: "waiting", header: t("waitlist"), cell: (event) => event.waitlistedCount },
            { id: "attended", header: t("attended"), cell: (event) => event.checkedInCount },
          ]}
        />
      </Card>
    </div>
  );
}
