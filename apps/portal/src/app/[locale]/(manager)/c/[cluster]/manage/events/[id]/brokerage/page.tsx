import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LockForm, UnlockButton } from "~/components/brokerage/lock-form";
import { meetingLabel, personLabel } from "~/components/brokerage/meeting-label";
import { ScheduleActions } from "~/components/brokerage/schedule-actions";
import { SessionForm } from "~/components/brokerage/session-form";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The organiser's brokerage day (DOMAIN.md §5.5): session, scheduler runs, schedule with locks, unplaced meetings with reasons, requests. */
export default async function ManageBrokeragePage({ params }: { params: Promise<{ locale: string; cluster: string; id: string }> }) {
  const { locale, cluster: slug, id } = await params;
  setRequestLocale(locale);
  const [t, format, , caller] = await Promise.all([getTranslations("brokerage"), getFormatter(), managerAreaCluster(slug), api()]);
  const view = await guarded(() => caller.brokerage.manage({ eventId: id }));
  const { event } = view;
  const time = (date: Date) => format.dateTime(date, { timeStyle: "short", timeZone: event.timeZone });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const header = (
    <PageHeader
      title={t("organiserTitle", { title: event.title })}
      description={`${day(event.startsAt)} – ${time(event.endsAt)} (${event.timeZone})`}
      actions={
        <Link href={`/c/${slug}/manage/events/${id}`} className="text-sm font-medium text-brand-800 underline">
          {t("backToEvent")}
        </Link>
      }
    />
  );
  if (!view.session) {
    return (
      <ClientMessages namespaces={["brokerage", "serverErrors", "validation"]}>
        <div className="space-y-6">
          {header}
          <Card title={t("sessionTitle")}>
            <p className="mb-4 text-sm text-slate-700">{t("noSessionYet")}</p>
            <SessionForm eventId={id} initial={{ ...view.eventLocal, slotMinutes: 20, tables: 10, requestDeadline: null }} />
          </Card>
        </div>
      </ClientMessages>
    );
  }
  const { session, slots, meetings, requests, participants, runs } = view;
  const slotLabel = (index: number | null) => {
    const slot = index === null ? undefined : slots[index];
    return slot ? `${time(slot.startsAt)}–${time(slot.endsAt)}` : "–";
  };
  const placed = meetings.filter((m) => m.slot !== null);
  const unplaced = meetings.filter((m) => m.slot === null);
  return (
    <ClientMessages namespaces={["brokerage", "serverErrors", "validation"]}>
      <div className="space-y-6">
        {header}
        <Card title={t("scheduleTitle")}>
          <div className="mb-4 flex flex-wrap items-center gap-3">
            <Badge tone={session.publishedAt ? "green" : "amber"}>{session.publishedAt ? t("published") : t("notPublished")}</Badge>
            <span className="text-sm text-slate-700">
              {t("summary", { slots: slots.length, tables: session.tables, meetings: meetings.length, placed: placed.length })}
            </span>
          </div>
          <ScheduleActions eventId={id} published={session.publishedAt !== null} />
          {placed.length > 0 ? (
            <a
              href={`/api/events/${id}/brokerage/schedule.ics?locale=${locale}`}
              className="mt-3 inline-block text-sm font-medium text-brand-800 underline"
              data-testid="day-ics"
              download
            >
              {t("dayIcs")}
            </a>
          ) : null}
          {placed.length === 0 ? (
            <EmptyState title={t("noSchedule")} />
          ) : (
            <table className="mt-4 w-full text-left text-sm" data-testid="schedule-rows">
              <caption className="sr-only">{t("scheduleTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2">
                    {t("slot")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("table")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("meeting")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("lockState")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {placed.map((m) => (
                  <tr key={m.id} className="border-b border-slate-100">
                    <td className="py-2">{slotLabel(m.slot)}</td>
                    <td className="py-2">{m.tableNumber}</td>
                    <td className="py-2">
                      {meetingLabel(m)} {m.mutual ? <Badge tone="brand">{t("mutual")}</Badge> : null}
                    </td>
                    <td className="py-2">
                      {m.locked ? (
                        <span className="flex items-center gap-2">
                          <Badge tone="green">{t("lockedBadge")}</Badge>
                          <UnlockButton eventId={id} meetingId={m.id} />
                        </span>
                      ) : (
                        "–"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title={t("unplacedTitle")}>
          {unplaced.length === 0 ? (
            <EmptyState title={t("noUnplaced")} />
          ) : (
            <table className="w-full text-left text-sm" data-testid="unplaced-rows">
              <caption className="sr-only">{t("unplacedTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2">
                    {t("meeting")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("reason")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {unplaced.map((m) => (
                  <tr key={m.id} className="border-b border-slate-100">
                    <td className="py-2">{meetingLabel(m)}</td>
                    <td className="py-2">{m.withdrawn ? t("withdrawnReason") : m.reason ? t(`reasons.${m.reason}`) : t("notRunYet")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        {meetings.length > 0 ? (
          <Card title={t("lockTitle")}>
            <LockForm
              eventId={id}
              meetings={meetings.filter((m) => !m.withdrawn).map((m) => ({ id: m.id, label: meetingLabel(m) }))}
              slots={slots.map((slot) => ({ index: slot.index, label: slotLabel(slot.index) }))}
            />
          </Card>
        ) : null}
        <Card title={t("requestsTitle")}>
          {requests.length === 0 ? (
            <EmptyState title={t("noRequests")} />
          ) : (
            <table className="w-full text-left text-sm" data-testid="request-rows">
              <caption className="sr-only">{t("requestsTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2">
                    {t("from")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("to")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("priority")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100">
                    <td className="py-2">{personLabel(r.fromName, r.fromOrganisation)}</td>
                    <td className="py-2">{personLabel(r.toName, r.toOrganisation)}</td>
                    <td className="py-2">{t(`priorities.${r.priority}`)}</td>
                    <td className="py-2">{t(`requestStatuses.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title={t("participantsTitle")}>
          {participants.length === 0 ? (
            <EmptyState title={t("noParticipants")} />
          ) : (
            <table className="w-full text-left text-sm" data-testid="participant-rows">
              <caption className="sr-only">{t("participantsTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2">
                    {t("participant")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("availableSlots")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("agenda")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {participants.map((p) => (
                  <tr key={p.registrationId} className="border-b border-slate-100">
                    <td className="py-2">{personLabel(p.personName, p.organisationName)}</td>
                    <td className="py-2">{t("availableOf", { available: p.availableSlots, slots: slots.length })}</td>
                    <td className="py-2">
                      <a
                        href={`/api/events/${id}/brokerage/agenda.pdf?participant=${p.registrationId}&locale=${locale}`}
                        className="text-brand-800 underline"
                      >
                        {t("agendaPdf")}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title={t("sessionTitle")}>
          <SessionForm
            eventId={id}
            initial={{
              startsAt: session.startsAtLocal,
              endsAt: session.endsAtLocal,
              slotMinutes: session.slotMinutes,
              tables: session.tables,
              requestDeadline: session.requestDeadlineLocal,
            }}
          />
          <p className="mt-3 text-sm text-slate-600">{t("gridChangeHint")}</p>
        </Card>
        <Card title={t("runsTitle")}>
          {runs.length === 0 ? (
            <EmptyState title={t("noRuns")} />
          ) : (
            <ul className="space-y-1 text-sm text-slate-700" data-testid="run-rows">
              {runs.map((run) => (
                <li key={run.id}>
                  {t("runLine", {
                    when: day(run.ranAt),
                    who: run.ranBy ?? "–",
                    placed: run.placed,
                    unplaced: run.unplaced,
                    upperBound: run.upperBound,
                    ms: run.durationMs,
                  })}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
