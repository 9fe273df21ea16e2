import { PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CockpitCard, CockpitFigure } from "~/components/cockpit/cockpit-card";
import { MemberSparkline } from "~/components/cockpit/member-sparkline";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/**
 * The manager's overview (issue 9 item 6): the cluster at a glance, one card per area, each linking to its
 * page. Every figure comes from `cluster.overview`, which reads them as the detail pages do.
 */
export default async function ClusterCockpitPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, format, cluster, caller] = await Promise.all([getTranslations("cockpit"), getFormatter(), managerAreaCluster(slug), api()]);
  const overview = await guarded(() => caller.cluster.overview({ clusterId: cluster.id }));
  const base = `/c/${slug}/manage`;
  const percent = (value: number) => format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" });
  const { members, reach, penetration, needs, events } = overview;
  const first = members.monthly[0];
  const last = members.monthly.at(-1);

  return (
    <div>
      <PageHeader title={t("title", { cluster: cluster.name })} description={t("lead", { date: day(overview.asOf) })} />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <CockpitCard id="members" title={t("members.title")} href={`${base}/members/structure`} linkText={t("members.link")}>
          <CockpitFigure testId="cockpit-committed">{format.number(members.committed ?? 0)}</CockpitFigure>
          <p>{t("members.committed")}</p>
          {first && last && last.members > 0 ? (
            <>
              <MemberSparkline
                counts={members.monthly.map((point) => point.members)}
                name={t("members.chart", { then: first.members, since: day(first.date), now: last.members })}
              />
              <p>
                {members.growth.value === null
                  ? t("members.growthFromNone", { now: members.growth.now, since: day(members.growth.since) })
                  : t("members.growth", {
                      change: format.number(members.growth.value / 100, {
                        style: "percent",
                        maximumFractionDigits: 1,
                        signDisplay: "exceptZero",
                      }),
                      since: day(members.growth.since),
                    })}
              </p>
            </>
          ) : (
            <p data-testid="cockpit-members-empty">
              {t("members.empty")}{" "}
              <Link href={`${base}/members/new`} className="font-medium text-brand-800 underline">
                {t("members.add")}
              </Link>
            </p>
          )}
        </CockpitCard>

        <CockpitCard id="reach" title={t("reach.title")} href={`${base}/reach`} linkText={t("reach.link")}>
          {reach.value === null ? (
            <p data-testid="cockpit-reach-empty">{t("reach.empty")}</p>
          ) : (
            <>
              <CockpitFigure testId="cockpit-reach-value">{percent(reach.value)}</CockpitFigure>
              <p>{t("reach.share", { part: reach.part, whole: reach.whole, radius: overview.radiusKm })}</p>
            </>
          )}
        </CockpitCard>

        <CockpitCard id="penetration" title={t("penetration.title")} href={`${base}/prospects`} linkText={t("penetration.link")}>
          {penetration.value === null ? (
            <p data-testid="cockpit-penetration-empty">{t("penetration.empty")}</p>
          ) : (
            <>
              <CockpitFigure testId="cockpit-penetration-value">{percent(penetration.value)}</CockpitFigure>
              <p>{t("penetration.share", { members: penetration.members, prospects: penetration.prospects })}</p>
            </>
          )}
        </CockpitCard>

        <CockpitCard id="needs" title={t("needs.title")} href={`${base}/service-coverage`} linkText={t("needs.link")}>
          <CockpitFigure testId="cockpit-open-needs">{format.number(needs.open)}</CockpitFigure>
          <p>{t("needs.open", { count: needs.open })}</p>
          {needs.coverage.share === null ? (
            <p data-testid="cockpit-needs-empty">{t("needs.empty")}</p>
          ) : (
            <p>{t("needs.coverage", { share: percent(needs.coverage.share * 100), gap: needs.coverage.gap })}</p>
          )}
          <Link href={`${base}/needs`} className="inline-block font-medium text-brand-800 underline">
            {t("needs.register")}
          </Link>
        </CockpitCard>

        <CockpitCard id="events" title={t("events.title")} href={`${base}/events`} linkText={t("events.link")}>
          {events.items.length === 0 ? (
            <p data-testid="cockpit-events-empty">{t("events.empty")}</p>
          ) : (
            <ul className="space-y-2">
              {events.items.map((event) => (
                <li key={event.id}>
                  <Link href={`${base}/events/${event.id}`} className="font-medium text-brand-800 underline">
                    {event.title}
                  </Link>
                  <span className="block text-slate-700">
                    {format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone })}
                    {" · "}
                    {event.capacity === null
                      ? t("events.registered", { count: event.registered })
                      : t("events.seats", { count: event.registered, capacity: event.capacity })}
                    {event.waitlisted > 0 ? ` · ${t("events.waitlisted", { count: event.waitlisted })}` : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {events.total > events.items.length ? <p>{t("events.more", { count: events.total - events.items.length })}</p> : null}
        </CockpitCard>
      </div>
    </div>
  );
}
