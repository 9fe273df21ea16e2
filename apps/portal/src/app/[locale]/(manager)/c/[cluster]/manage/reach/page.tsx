import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocationForm } from "~/components/reach/location-form";
import { ReachMap } from "~/components/reach/reach-map";
import { getPathname } from "~/i18n/navigation";
import { firstParam, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

/**
 * Regional reach (issue 9, DOMAIN.md §6.1 S6): the map of members around the office with the radius,
 * the share of committed members within it, the figures as a table, the members outside, and the form
 * that corrects a member's location.
 */
export default async function ReachPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const showProspects = firstParam((await searchParams).prospects) === "1";
  const [t, cluster, caller] = await Promise.all([getTranslations("reach"), managerAreaCluster(slug), api()]);
  const reach = await guarded(() => caller.reach.overview({ clusterId: cluster.id }));
  const lang = locale === "en" ? "en" : "de";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = (value: number | null) => (value === null ? "–" : `${number.format(value)} %`);
  const outside = reach.members.filter((member) => !member.withinRadius);
  const share = reach.withinRadius;
  const toggle = getPathname({ locale, href: { pathname: `/c/${slug}/manage/reach`, query: showProspects ? {} : { prospects: "1" } } });
  return (
    <ClientMessages namespaces={["reach", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("lead", { cluster: cluster.name, radius: reach.region.radiusKm })}
          actions={
            <div className="flex flex-wrap gap-2">
              <Link href={toggle} className={linkClass} data-testid="toggle-prospects">
                {showProspects ? t("hideProspects") : t("showProspects")}
              </Link>
              <Link href={getPathname({ locale, href: `/c/${slug}/manage/prospects` })} className={linkClass}>
                {t("prospectsLink")}
              </Link>
            </div>
          }
        />
        <Card>
          <p className="text-3xl font-semibold text-brand-800" data-testid="within-radius-share">
            {percent(share.value)}
          </p>
          <p className="text-sm text-slate-700" data-testid="within-radius-source">
            {share.source[lang]}
          </p>
          <div className="mt-4">
            <ReachMap
              region={reach.region}
              members={reach.members}
              prospects={showProspects ? reach.prospects : []}
              title={t("mapTitle", { cluster: cluster.name, radius: reach.region.radiusKm })}
              description={share.source[lang]}
              labels={{ office: t("office"), committed: t("committed"), notCommitted: t("notCommitted"), prospect: t("prospect") }}
            />
          </div>
        </Card>
        <Card>
          <table className="w-full text-left text-sm" data-testid="reach-figures">
            <caption className="mb-2 text-left text-lg font-semibold">{t("figures")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("figure")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-200">
                <th scope="row" className="font-normal">
                  {t("s6", { radius: reach.region.radiusKm })}
                </th>
                <td>{percent(share.value)}</td>
                <td>{share.source[lang]}</td>
              </tr>
              <tr className="border-t border-slate-200">
                <th scope="row" className="font-normal">
                  {t("s8")}
                </th>
                <td>{percent(reach.penetration.value)}</td>
                <td>{reach.penetration.source[lang]}</td>
              </tr>
              <tr className="border-t border-slate-200">
                <th scope="row" className="font-normal">
                  {t("membersShown")}
                </th>
                <td>{reach.members.length}</td>
                <td>{t("asOf", { date: reach.asOf })}</td>
              </tr>
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("outsideTitle", { radius: reach.region.radiusKm })}</h2>
          {outside.length === 0 ? (
            <EmptyState title={t("outsideEmpty")} />
          ) : (
            <table className="w-full text-left text-sm" data-testid="members-outside">
              <caption className="sr-only">{t("outsideTitle", { radius: reach.region.radiusKm })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisation")}</th>
                  <th scope="col">{t("place")}</th>
                  <th scope="col">{t("distance")}</th>
                  <th scope="col">{t("commitment")}</th>
                </tr>
              </thead>
              <tbody>
                {outside.map((member) => (
                  <tr key={member.organisationId} className="border-t border-slate-200">
                    <th scope="row" className="font-normal">
                      {member.name}
                    </th>
                    <td>
                      {member.city}, {member.country}
                    </td>
                    <td>{member.distanceKm === null ? t("noLocation") : `${number.format(Math.round(member.distanceKm))} km`}</td>
                    <td>{member.committed ? t("committed") : t("notCommitted")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        {reach.members.length > 0 ? (
          <Card>
            <h2 className="mb-2 text-lg font-semibold">{t("locationTitle")}</h2>
            <p className="mb-4 text-sm text-slate-700">{t("locationLead")}</p>
            <LocationForm clusterId={cluster.id} members={reach.members} />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
