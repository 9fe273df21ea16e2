import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, EmptyState, PageHeader, PlainTable } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CheckInButton } from "~/components/events/check-in-button";
import { EventForm } from "~/components/events/event-form";
import { EventStatusButtons } from "~/components/events/event-status-buttons";
import { eventStatusTone } from "~/components/events/event-status";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

export default async function ManageEventPage({ params }: { params: Promise<{ locale: string; cluster: string; id: string }> }) {
  const { locale, cluster: slug, id } = await params;
  setRequestLocale(locale);
  const [t, tb, format, , caller] = await Promise.all([
    getTranslations("events"),
    getTranslations("brokerage"),
    getFormatter(),
    managerAreaCluster(slug),
    api(),
  ]);
  const { event, registrations } = await guarded(() => caller.event.manage({ eventId: id }));
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const lang = locale === "en" ? "en" : "de";
  return (
    <ClientMessages namespaces={["events", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={event.title}
          description={`${t(`kinds.${event.kind}`)} · ${when(event.startsAt)} – ${when(event.endsAt)} (${event.timeZone})`}
          actions={
            <div className="flex flex-wrap items-center gap-3">
              <Badge tone={eventStatusTone[event.status]}>{t(`statuses.${event.status}`)}</Badge>
              {event.status !== "draft" ? (
                <a href={`/api/events/${event.id}/ics`} className="text-sm font-medium text-brand-800 underline" download>
                  {t("downloadIcs")}
                </a>
              ) : null}
              {event.kind === "brokerage" ? (
                <Link href={`/c/${slug}/manage/events/${event.id}/brokerage`} className="text-sm font-medium text-brand-800 underline">
                  {tb("openBrokerage")}
                </Link>
              ) : null}
              <EventStatusButtons eventId={event.id} status={event.status} />
            </div>
          }
        />
        <Card title={t("registrationsTitle")}>
          <p className="mb-3 text-sm text-slate-700" data-testid="seat-summary">
            {event.capacity === null
              ? t("seatsUnlimited", { taken: event.registeredCount })
              : t("seatsOf", { taken: event.registeredCount, capacity: event.capacity })}
            {" · "}
            {t("waitlistCount", { count: event.waitlistedCount })}
          </p>
          <PlainTable
            caption={t("registrationsTitle")}
            testId="registered-rows"
            rows={registrations.registered}
            rowKey={(row) => row.id}
            empty={<EmptyState title={t("noRegistrations")} />}
            columns={[
              { id: "person", header: t("person"), cell: (row) => row.personName ?? row.email },
              { id: "organisation", header: t("organisation"), cell: (row) => row.organisationName ?? "–" },
              {
                id: "attended",
                header: t("attended"),
                cell: (row) => (row.checkedInAt ? <Badge tone="green">{t("attendedAt", { time: when(row.checkedInAt) })}</Badge> : "–"),
              },
              {
                id: "checkIn",
                header: t("checkIn"),
                headerHidden: true,
                cellClassName: "text-right",
                cell: (row) => (
                  <CheckInButton registrationId={row.id} attended={row.checkedInAt !== null} person={row.personName ?? row.email} />
                ),
              },
            ]}
          />
        </Card>
        <Card title={t("waitlistTitle")}>
          <PlainTable
            caption={t("waitlistTitle")}
            testId="waitlist-rows"
            rows={registrations.waitlisted}
            rowKey={(row) => row.id}
            empty={<EmptyState title={t("waitlistEmpty")} />}
            columns={[
              { id: "position", header: t("position"), cell: (row) => row.position },
              { id: "person", header: t("person"), cell: (row) => row.personName ?? row.email },
              { id: "organisation", header: t("organisation"), cell: (row) => row.organisationName ?? "–" },
            ]}
          />
        </Card>
        <Card title={t("editTitle")}>
          <p className="mb-4 text-sm text-slate-700">
            {event.topicCategories.map((category) => needCategoryLabels[category][lang]).join(" · ") || t("noTopics")}
          </p>
          <EventForm
            eventId={event.id}
            clusterSlug={slug}
            initial={{
              kind: event.kind,
              title: event.title,
              description: event.description,
              topicCategories: event.topicCategories,
              startsAt: event.startsAtLocal,
              endsAt: event.endsAtLocal,
              timeZone: event.timeZone,
              location: event.location,
              onlineUrl: event.onlineUrl,
              capacity: event.capacity,
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
