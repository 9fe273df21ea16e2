import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart } from "~/components/needs-analysis/bar-chart";
import { InviteMatchingButton } from "~/components/services/invite-matching-button";
import { serviceStatusTone } from "~/components/services/status-tone";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** Coverage of DOMAIN.md §3: the share of open demand (weighted by importance) that active or planned services address. */
export default async function CoveragePage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, ts, format, cluster, caller] = await Promise.all([
    getTranslations("services.coverage"),
    getTranslations("services"),
    getFormatter(),
    managerAreaCluster(slug),
    api(),
  ]);
  const data = await guarded(() => caller.service.coverage({ clusterId: cluster.id }));
  const lang = locale === "en" ? "en" : "de";
  const percent = (share: number | null) => (share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 0 }));
  const rows = data.categories.filter((row) => row.demand > 0);
  return (
    <ClientMessages namespaces={["serverErrors", "services.coverage"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <Card title={t("overallTitle")}>
          <dl className="grid gap-4 sm:grid-cols-4" data-testid="coverage-overall">
            <div>
              <dt className="text-sm text-slate-700">{t("share")}</dt>
              <dd className="text-2xl font-semibold" data-testid="coverage-share">
                {percent(data.overall.share)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">{t("demand")}</dt>
              <dd className="text-2xl font-semibold">{data.overall.demand}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">{t("supply")}</dt>
              <dd className="text-2xl font-semibold" data-testid="coverage-supply">
                {data.overall.supply}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">{t("gap")}</dt>
              <dd className="text-2xl font-semibold">{data.overall.gap}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-slate-700">{t("explain")}</p>
        </Card>
        <Card title={t("categoriesTitle")}>
          {rows.length === 0 ? (
            <EmptyState title={t("noDemand")}>{t("noDemandHint")}</EmptyState>
          ) : (
            <div className="space-y-4">
              <BarChart
                name={t("chartName")}
                rows={rows.map((row) => ({ label: needCategoryLabels[row.category][lang], supply: row.supply, gap: row.gap }))}
                series={[
                  { key: "supply", label: t("supply"), color: "#15803d" },
                  { key: "gap", label: t("gap"), color: "#b45309" },
                ]}
              />
              <table className="w-full text-sm" data-testid="coverage-categories">
                <caption className="sr-only">{t("categoriesTitle")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-700">
                    <th scope="col" className="py-2 pr-3">
                      {t("category")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("demand")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("supply")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("gap")}
                    </th>
                    <th scope="col" className="py-2 text-right">
                      {t("share")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.category} className="border-b border-slate-100">
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {needCategoryLabels[row.category][lang]}
                      </th>
                      <td className="py-2 pr-3 text-right">{row.demand}</td>
                      <td className="py-2 pr-3 text-right">{row.supply}</td>
                      <td className="py-2 pr-3 text-right">{row.gap}</td>
                      <td className="py-2 text-right">{percent(row.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title={t("inviteesTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("inviteesLead")}</p>
          {data.services.length === 0 ? (
            <EmptyState title={ts("empty")}>{ts("emptyHint")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {data.services.map((service) => {
                const pending = service.organisations.filter((organisation) => !organisation.invited).length;
                return (
                  <li key={service.id} className="rounded-md border border-slate-200 p-4" data-testid={`invitees-${service.id}`}>
                    <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                      {service.title} <Badge tone={serviceStatusTone[service.status]}>{ts(`statuses.${service.status}`)}</Badge>
                    </h3>
                    {service.organisations.length === 0 ? (
                      <p className="mt-1 text-sm text-slate-700">{t("noInvitees")}</p>
                    ) : (
                      <ul className="mt-2 space-y-1 text-sm">
                        {service.organisations.map((organisation) => (
                          <li key={organisation.organisationId}>
                            <span className="font-medium">{organisation.organisationName}</span>
                            {": "}
                            {organisation.needs.map((need) => need.title).join(", ")}{" "}
                            {organisation.invited ? <Badge tone="green">{t("alreadyInvited")}</Badge> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                    <div className="mt-3">
                      {service.invitable ? (
                        service.organisations.length > 0 ? (
                          <InviteMatchingButton serviceId={service.id} pending={pending} />
                        ) : null
                      ) : (
                        <p className="text-sm text-slate-700">{t("notInvitable")}</p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
