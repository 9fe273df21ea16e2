import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServiceForm } from "~/components/services/service-form";
import { managerAreaCluster } from "~/server/cluster-area";
import { ClientMessages } from "~/i18n/client-messages";

export default async function NewServicePage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("services"), managerAreaCluster(slug)]);
  return (
    <ClientMessages namespaces={["serverErrors", "services", "validation"]}>
      <div>
        <PageHeader title={t("new")} description={t("newLead", { cluster: cluster.name })} />
        <Card>
          <ServiceForm clusterId={cluster.id} clusterSlug={slug} />
        </Card>
      </div>
    </ClientMessages>
  );
}
