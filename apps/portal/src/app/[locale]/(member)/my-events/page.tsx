import { Badge, Card, EmptyState, Notice, PageHeader } from "@clusterwerk/ui";
import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { FeedAddress } from "~/components/events/feed-address";
import { registrationTone } from "~/components/events/event-status";
import { Link } from "~/i18n/navigation";
import { requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The feed address on this host: calendar apps fetch it from outside, so it is absolute. */
async function feedUrl(token: string | null): Promise<string | null> {
  if (!token) return null;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}/api/calendar/${token}.ics`;
}

export default async function MyEventsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer();
  const [t, format, caller] = await Promise.all([getTranslations("events"), getFormatter(), api()]);
  const { events, feedToken } = await caller.event.mine();
  const now = new Date();
  const upcoming = events.filter((event) => event.endsAt >= now);
  const past = events.filter((event) => event.endsAt < now && event.registrationStatus === "registered").reverse();
  const when = (date: Date, timeZone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  const statusText = (event: (typeof events)[number]) =>
    event.eventStatus === "cancelled" ? t("statuses.cancelled") : t(`registrationStatuses.${event.registrationStatus}`);
  return (
    <ClientMessages namespaces={["events"]}>
      <div className="space-y-6">
        <PageHeader title={t("mineTitle")} description={t("mineLead")} />
        <Card title={t("upcomingTitle")}>
          {upcoming.length === 0 ? (
            <EmptyState title={t("mineEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="my-events">
              {upcoming.map((event) => (
                <li key={event.eventId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <Link href={`/c/${event.clusterSlug}/events/${event.eventId}`} className="font-medium text-brand-800 hover:underline">
                      {event.title}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {when(event.startsAt, event.timeZone)} · {event.clusterName}
                    </p>
                    {event.promotedAt && event.registrationStatus === "registered" ? (
                      <Notice tone="success">{t("movedUp", { time: when(event.promotedAt, event.timeZone) })}</Notice>
                    ) : null}
                  </div>
                  <Badge tone={event.eventStatus === "cancelled" ? "red" : registrationTone[event.registrationStatus]}>
                    {statusText(event)}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("feedTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("feedLead")}</p>
          <FeedAddress feedUrl={await feedUrl(feedToken)} />
        </Card>
        <Card title={t("pastTitle")}>
          {past.length === 0 ? (
            <EmptyState title={t("pastEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {past.map((event) => (
                <li key={event.eventId} className="flex flex-wrap justify-between gap-3 py-2 text-sm">
                  <span>
                    {event.title} · {when(event.startsAt, event.timeZone)}
                  </span>
                  <span>{event.checkedInAt ? t("youAttended") : t("notCheckedIn")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
