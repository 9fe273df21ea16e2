import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, Notice, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RegistrationButtons } from "~/components/events/registration-buttons";
import { Link } from "~/i18n/navigation";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

export default async function EventPage({ params }: { params: Promise<{ locale: string; cluster: string; id: string }> }) {
  const { locale, cluster: slug, id } = await params;
  setRequestLocale(locale);
  const [t, tb, format, , caller] = await Promise.all([
    getTranslations("events"),
    getTranslations("brokerage"),
    getFormatter(),
    memberAreaCluster(slug),
    api(),
  ]);
  const event = await guarded(() => caller.event.detail({ eventId: id }));
  const when = (date: Date) => format.dateTime(date, { dateStyle: "full", timeStyle: "short", timeZone: event.timeZone });
  const lang = locale === "en" ? "en" : "de";
  const holdsPlace = event.myStatus === "registered" || event.myStatus === "waitlisted";
  const open = event.status === "published" && event.startsAt > new Date();
  return (
    <ClientMessages namespaces={["events", "serverErrors"]}>
      <div className="space-y-6">
        <PageHeader title={event.title} description={`${t(`kinds.${event.kind}`)} · ${event.clusterName}`} />
        {event.status === "cancelled" ? <Notice tone="error">{t("eventCancelled")}</Notice> : null}
        <Card title={t("yourPlace")}>
          <div className="space-y-3" data-testid="my-place">
            {event.myStatus === "registered" ? (
              <Notice tone="success">{t("youAreRegistered")}</Notice>
            ) : event.myStatus === "waitlisted" ? (
              <Notice tone="info">{t("youAreWaitlisted", { position: event.myPosition ?? 0 })}</Notice>
            ) : (
              <p className="text-sm text-slate-700">{t("notRegisteredYet")}</p>
            )}
            {open && event.canRegister ? <RegistrationButtons eventId={event.id} registered={holdsPlace} /> : null}
            <a href={`/api/events/${event.id}/ics`} className="inline-block text-sm font-medium text-brand-800 underline" download>
              {t("downloadIcs")}
            </a>
            {event.kind === "brokerage" ? (
              <Link href={`/c/${slug}/events/${event.id}/brokerage`} className="block text-sm font-medium text-brand-800 underline">
                {tb("openBrokerage")}
              </Link>
            ) : null}
          </div>
        </Card>
        <Card title={t("details")}>
          <dl className="grid gap-3 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-800">{t("when")}</dt>
            <dd>
              {when(event.startsAt)} – {when(event.endsAt)} ({event.timeZone})
            </dd>
            <dt className="font-medium text-slate-800">{t("fields.location")}</dt>
            <dd>{event.location ?? t("online")}</dd>
            {event.onlineUrl ? (
              <>
                <dt className="font-medium text-slate-800">{t("fields.onlineUrl")}</dt>
                <dd>
                  <a href={event.onlineUrl} rel="noopener noreferrer" className="text-brand-800 underline">
                    {event.onlineUrl}
                  </a>
                </dd>
              </>
            ) : null}
            <dt className="font-medium text-slate-800">{t("seats")}</dt>
            <dd>
              {event.capacity === null
                ? t("seatsUnlimited", { taken: event.registeredCount })
                : t("seatsOf", { taken: event.registeredCount, capacity: event.capacity })}
              {event.waitlistedCount > 0 ? ` · ${t("waitlistCount", { count: event.waitlistedCount })}` : null}
            </dd>
            <dt className="font-medium text-slate-800">{t("fields.topicCategories")}</dt>
            <dd className="flex flex-wrap gap-1">
              {event.topicCategories.map((category) => (
                <Badge key={category}>{needCategoryLabels[category][lang]}</Badge>
              ))}
            </dd>
          </dl>
          {event.description ? <p className="mt-4 whitespace-pre-line text-sm text-slate-800">{event.description}</p> : null}
        </Card>
      </div>
    </ClientMessages>
  );
}
