import { Badge, Card, EmptyState, PageHeader, PlainTable } from "@clusterwerk/ui";
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
          <PlainTable
            caption={t("scheduleTitle")}
            testId="schedule-rows"
            className="mt-4"
            rows={placed}
            rowKey={(m) => m.id}
            empty={<EmptyState title={t("noSchedule")} />}
            columns={[
              { id: "slot", header: t("slot"), cell: (m) => slotLabel(m.slot) },
              { id: "table", header: t("table"), cell: (m) => m.tableNumber },
              {
                id: "meeting",
                header: t("meeting"),
                cell: (m) => (
                  <>
                    {meetingLabel(m)} {m.mutual ? <Badge tone="brand">{t("mutual")}</Badge> : null}
                  </>
                ),
              },
              {
                id: "lockState",
                header: t("lockState"),
                cell: (m) =>
                  m.locked ? (
                    <span className="flex items-center gap-2">
                      <Badge tone="green">{t("lockedBadge")}</Badge>
                      <UnlockButton eventId={id} meetingId={m.id} />
                    </span>
                  ) : (
                    "–"
                  ),
              },
            ]}
          />
        </Card>
        <Card title={t("unplacedTitle")}>
          <PlainTable
            caption={t("unplacedTitle")}
            testId="unplaced-rows"
            rows={unplaced}
            rowKey={(m) => m.id}
            empty={<EmptyState title={t("noUnplaced")} />}
            columns={[
              { id: "meeting", header: t("meeting"), cell: (m) => meetingLabel(m) },
              {
                id: "reason",
                header: t("reason"),
                cell: (m) => (m.withdrawn ? t("withdrawnReason") : m.reason ? t(`reasons.${m.reason}`) : t("notRunYet")),
              },
            ]}
          />
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
          <PlainTable
            caption={t("requestsTitle")}
            testId="request-rows"
            rows={requests}
            rowKey={(r) => r.id}
            empty={<EmptyState title={t("noRequests")} />}
            columns={[
              { id: "from", header: t("from"), cell: (r) => personLabel(r.fromName, r.fromOrganisation) },
              { id: "to", header: t("to"), cell: (r) => personLabel(r.toName, r.toOrganisation) },
              { id: "priority", header: t("priority"), cell: (r) => t(`priorities.${r.priority}`) },
              { id: "status", header: t("status"), cell: (r) => t(`requestStatuses.${r.status}`) },
            ]}
          />
        </Card>
        <Card title={t("participantsTitle")}>
          <PlainTable
            caption={t("participantsTitle")}
            testId="participant-rows"
            rows={participants}
            rowKey={(p) => p.registrationId}
            empty={<EmptyState title={t("noParticipants")} />}
            columns={[
              { id: "participant", header: t("participant"), cell: (p) => personLabel(p.personName, p.organisationName) },
              {
                id: "availableSlots",
                header: t("availableSlots"),
                cell: (p) => t("availableOf", { available: p.availableSlots, slots: slots.length }),
              },
              {
                id: "agenda",
                header: t("agenda"),
                cell: (p) => (
                  <a
                    href={`/api/events/${id}/brokerage/agenda.pdf?participant=${p.registrationId}&locale=${locale}`}
                    className="text-brand-800 underline"
                  >
                    {t("agendaPdf")}
                  </a>
                ),
              },
            ]}
          />
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
