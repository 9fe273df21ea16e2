import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlannerForm } from "~/components/services/planner-form";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** The service planner of DOMAIN.md §3: the candidates (ideas and planned services) with their cost, and a budget. */
export default async function PlannerPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("services.planner"), managerAreaCluster(slug), api()]);
  const candidates = await guarded(() => caller.service.planCandidates({ clusterId: cluster.id }));
  return (
    <div>
      <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
      {candidates.length === 0 ? (
        <Card>
          <EmptyState title={t("noCandidates")}>{t("noCandidatesHint")}</EmptyState>
        </Card>
      ) : (
        <PlannerForm clusterId={cluster.id} candidates={candidates} />
      )}
    </div>
  );
}
