import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedForm } from "~/components/needs/need-form";
import { memberAreaCluster } from "~/server/cluster-area";
import { memberOrganisationIn } from "~/server/member-organisation";
import { ClientMessages } from "~/i18n/client-messages";

/** A contact person registers a need of their organisation in the cluster. */
export default async function NewNeedPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("needs"), memberAreaCluster(slug)]);
  const organisation = await memberOrganisationIn(cluster.id);
  return (
    <ClientMessages namespaces={["needs", "serverErrors", "validation"]}>
      <div>
        <PageHeader title={t("newTitle")} description={t("newLead")} />
        <Card>
          {organisation ? (
            <NeedForm clusterId={cluster.id} clusterSlug={slug} organisationId={organisation.organisationId} />
          ) : (
            <EmptyState title={t("notMember")} />
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
