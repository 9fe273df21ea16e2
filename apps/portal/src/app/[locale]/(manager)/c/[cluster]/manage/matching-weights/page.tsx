import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WeightsEditor } from "~/components/cooperation/weights-editor";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The cluster's ranking weights with a preview of how its members' rankings change (DOMAIN.md §5.3). */
export default async function MatchingWeightsPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("cooperation.weights"), managerAreaCluster(slug), api()]);
  const settings = await guarded(() => caller.matchingWeights.get({ clusterId: cluster.id }));
  return (
    <ClientMessages namespaces={["cooperation.matches.factors", "cooperation.weights", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead")} />
        <Card>
          <p className="mb-4 text-sm text-slate-800" data-testid="weights-status">
            {settings.custom ? t("custom") : t("usingDefaults")}
          </p>
          <WeightsEditor clusterId={cluster.id} saved={settings.weights} defaults={settings.defaults} profiles={settings.profiles} />
        </Card>
      </div>
    </ClientMessages>
  );
}
