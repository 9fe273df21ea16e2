import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnershipControls, RespondButtons } from "~/components/cooperation/partnership-controls";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const tone = { proposed: "amber", active: "green", declined: "slate", ended: "slate" } as const;

/** Cluster partnerships and open matchmaking (DOMAIN.md §5.2): who may see the members' cooperation profiles. */
export default async function PartnershipsPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("cooperation.partnerships"), managerAreaCluster(slug), api()]);
  const overview = await guarded(() => caller.clusterPartnership.overview({ clusterId: cluster.id }));
  return (
    <ClientMessages namespaces={["cooperation.partnerships", "serverErrors"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead")} />
        <Card title={t("settings")}>
          <PartnershipControls clusterId={cluster.id} openMatchmaking={overview.openMatchmaking} candidates={overview.candidates} />
        </Card>
        <Card title={t("list")}>
          {overview.partnerships.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <ul className="divide-y divide-slate-200" data-testid="partnerships">
              {overview.partnerships.map((row) => (
                <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {row.otherClusterName} ({row.otherClusterCountry}) · {row.proposedByUs ? t("proposedByUs") : t("proposedToUs")}
                  </span>
                  <span className="flex items-center gap-2">
                    <Badge tone={tone[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                    {row.status === "proposed" && !row.proposedByUs ? <RespondButtons partnershipId={row.id} /> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
