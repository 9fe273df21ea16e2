import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, PageHeader } from "@clusterwerk/ui";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedLinksForm } from "~/components/services/need-links-form";
import { RetireServiceButton } from "~/components/services/retire-service-button";
import { ServiceForm } from "~/components/services/service-form";
import { serviceStatusTone } from "~/components/services/status-tone";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditServicePage({ params }: { params: Promise<{ locale: string; cluster: string; service: string }> }) {
  const { locale, cluster: slug, service: serviceId } = await params;
  setRequestLocale(locale);
  if (!UUID.test(serviceId)) notFound();
  const [t, cluster, caller] = await Promise.all([getTranslations("services"), managerAreaCluster(slug), api()]);
  const [service, needs] = await guarded(() =>
    Promise.all([caller.service.get({ serviceId }), caller.service.linkableNeeds({ serviceId })]),
  );
  if (service.clusterId !== cluster.id) notFound();
  const lang = locale === "en" ? "en" : "de";
  return (
    <ClientMessages namespaces={["serverErrors", "services", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={service.title}
          description={t("editLead")}
          actions={
            <span className="flex flex-wrap items-center gap-3">
              <Badge tone={serviceStatusTone[service.status]}>{t(`statuses.${service.status}`)}</Badge>
              {service.status !== "retired" ? <RetireServiceButton serviceId={service.id} title={service.title} /> : null}
            </span>
          }
        />
        <Card title={t("linksTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("linksLead")}</p>
          <NeedLinksForm
            serviceId={service.id}
            needs={needs.map((need) => ({ ...need, categoryLabel: needCategoryLabels[need.category][lang] }))}
          />
        </Card>
        <Card title={t("editTitle")}>
          <ServiceForm
            version={service.updatedAt.toISOString()}
            clusterId={cluster.id}
            clusterSlug={slug}
            serviceId={service.id}
            initial={{
              title: service.title,
              description: service.description,
              needCategories: service.needCategories,
              format: service.format,
              targetCategories: service.targetCategories,
              capacity: service.capacity,
              price: service.priceCents / 100,
              cost: service.costCents === null ? null : service.costCents / 100,
              status: service.status,
              startsOn: service.startsOn,
              endsOn: service.endsOn,
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
