import { Badge, Card, EmptyState, Notice, PageHeader, PlainTable } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AvailabilityForm } from "~/components/brokerage/availability-form";
import { personLabel } from "~/components/brokerage/meeting-label";
import { RequestForm, RespondButtons } from "~/components/brokerage/request-form";
import { WithdrawButton } from "~/components/brokerage/withdraw-button";
import { Link } from "~/i18n/navigation";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * A participant's brokerage day (DOMAIN.md §5.5): availability, requests in and out, the agenda once
 * published (with its PDF, .ics and the calendar feed), and withdrawing from the day.
 */
export default async function BrokeragePage({ params }: { params: Promise<{ locale: string; cluster: string; id: string }> }) {
  const { locale, cluster: slug, id } = await params;
  setRequestLocale(locale);
  const [t, format, , caller] = await Promise.all([getTranslations("brokerage"), getFormatter(), memberAreaCluster(slug), api()]);
  const view = await guarded(() => caller.brokerage.participant({ eventId: id }));
  const back = (
    <Link href={`/c/${slug}/events/${id}`} className="text-sm font-medium text-brand-800 underline">
      {t("backToEvent")}
    </Link>
  );
  if (!view.session) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("participantTitle")} actions={back} />
        <EmptyState title={t("noSessionYet")} />
      </div>
    );
  }
  const { event, session } = view;
  const time = (date: Date) => format.dateTime(date, { timeStyle: "short", timeZone: event.timeZone });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const header = (
    <PageHeader
      title={t("participantTitleOf", { title: event.title })}
      description={t("sessionLine", {
        from: day(session.startsAt),
        to: time(session.endsAt),
        slots: view.slots.length,
        minutes: session.slotMinutes,
        zone: event.timeZone,
      })}
      actions={back}
    />
  );
  if (!view.registrationId) {
    return (
      <div className="space-y-6">
        {header}
        {view.withdrawnAt ? (
          <Notice tone="info" testId="withdrawn-notice">
            {t("withdrawnNotice", { when: day(view.withdrawnAt) })}{" "}
            <Link href="/my-events" className="font-medium text-brand-800 underline">
              {t("feedHint")}
            </Link>
          </Notice>
        ) : (
          <Notice tone="info">{t("seatNeeded")}</Notice>
        )}
      </div>
    );
  }
  const download = "inline-flex items-center rounded-md border border-brand-800 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50";
  return (
    <ClientMessages namespaces={["brokerage", "serverErrors", "validation"]}>
      <div className="space-y-6">
        {header}
        <Card title={t("agendaTitle")}>
          {view.agenda === null ? (
            <p className="text-sm text-slate-700">{t("agendaNotPublished")}</p>
          ) : (
            <>
              <nav aria-label={t("downloadsLabel")} className="mb-4 flex flex-wrap gap-3 text-sm" data-testid="agenda-downloads">
                <a href={`/api/events/${id}/brokerage/agenda.pdf?locale=${locale}`} className={download} download>
                  {t("agendaPdf")}
                </a>
                <a href={`/api/events/${id}/brokerage/agenda.ics?locale=${locale}`} className={download} download>
                  {t("agendaIcs")}
                </a>
                <Link href="/my-events" className="self-center font-medium text-brand-800 underline">
                  {t("feedHint")}
                </Link>
              </nav>
              <PlainTable
                caption={t("agendaTitle")}
                testId="agenda-rows"
                rows={view.agenda}
                rowKey={(entry) => entry.meetingId}
                empty={<EmptyState title={t("agendaEmpty")} />}
                columns={[
                  { id: "slot", header: t("slot"), cell: (entry) => `${time(entry.startsAt)}–${time(entry.endsAt)}` },
                  { id: "table", header: t("table"), cell: (entry) => entry.table },
                  { id: "with", header: t("with"), cell: (entry) => personLabel(entry.withName, entry.withOrganisation) },
                ]}
              />
            </>
          )}
        </Card>
        <Card title={t("incomingTitle")}>
          {view.incoming.length === 0 ? (
            <EmptyState title={t("noIncoming")} />
          ) : (
            <ul className="space-y-3" data-testid="incoming-rows">
              {view.incoming.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-2 text-sm">
                  <span>
                    <strong>{personLabel(r.fromName, r.fromOrganisation)}</strong> · {t(`priorities.${r.priority}`)}
                    {r.message ? <span className="block whitespace-pre-line text-slate-700">{r.message}</span> : null}
                  </span>
                  {r.status === "pending" ? (
                    <RespondButtons eventId={id} requestId={r.id} />
                  ) : (
                    <Badge tone={r.status === "accepted" ? "green" : "slate"}>{t(`requestStatuses.${r.status}`)}</Badge>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("requestTitle")}>
          {view.participants.length === 0 ? (
            <EmptyState title={t("noOtherParticipants")} />
          ) : (
            <RequestForm
              eventId={id}
              participants={view.participants.map((p) => ({
                registrationId: p.registrationId,
                label: personLabel(p.personName, p.organisationName),
              }))}
            />
          )}
          {view.outgoing.length > 0 ? (
            <ul className="mt-4 space-y-1 text-sm" data-testid="outgoing-rows">
              {view.outgoing.map((r) => (
                <li key={r.id}>
                  {personLabel(r.toName, r.toOrganisation)} · <Badge>{t(`requestStatuses.${r.status}`)}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={t("availabilityTitle")}>
          <AvailabilityForm
            eventId={id}
            initial={view.windows}
            session={{ startsAt: session.startsAtLocal, endsAt: session.endsAtLocal }}
          />
        </Card>
        <Card title={t("withdrawTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("withdrawHint")}</p>
          <WithdrawButton eventId={id} />
        </Card>
      </div>
    </ClientMessages>
  );
}
