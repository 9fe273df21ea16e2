import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LabelAwardsTable } from "~/components/labels/label-awards-table";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** Managers of the cluster (the area's layout checks): its labels, superseded ones included, with certificates. */
export default async function ClusterLabelsPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("labels"), managerAreaCluster(slug), api()]);
  const { awards, today } = await guarded(() => caller.label.clusterLabels({ clusterId: cluster.id }));
  return (
    <div className="space-y-4">
      <PageHeader title={t("cluster.title")} description={t("cluster.lead", { cluster: cluster.name })} />
      <Card>
        {awards.length === 0 ? (
          <EmptyState title={t("cluster.empty")}>{t("cluster.emptyHint")}</EmptyState>
        ) : (
          <LabelAwardsTable awards={awards} today={today} />
        )}
      </Card>
      <p className="text-sm text-slate-700">{t("cluster.renewal")}</p>
      <Link href={`/labels?q=${encodeURIComponent(cluster.name)}`} className="text-sm text-brand-800 hover:underline">
        {t("cluster.registry")}
      </Link>
    </div>
  );
}
