import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServiceForm } from "~/components/services/service-form";
import { managerAreaCluster } from "~/server/cluster-area";

export default async function NewServicePage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("services"), managerAreaCluster(slug)]);
  return (
    <div>
      <PageHeader title={t("new")} description={t("newLead", { cluster: cluster.name })} />
      <Card>
        <ServiceForm clusterId={cluster.id} clusterSlug={slug} />
      </Card>
    </div>
  );
}
