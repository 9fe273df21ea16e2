import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm } from "~/components/events/event-form";
import { managerAreaCluster } from "~/server/cluster-area";
import { ClientMessages } from "~/i18n/client-messages";

export default async function NewEventPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("events"), managerAreaCluster(slug)]);
  return (
    <ClientMessages namespaces={["events", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("newTitle")} description={t("newLead")} />
        <Card>
          <EventForm clusterId={cluster.id} clusterSlug={slug} />
        </Card>
      </div>
    </ClientMessages>
  );
}
