import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { defaultProfileValues } from "~/components/cooperation/profile-defaults";
import { ProfileForm } from "~/components/cooperation/profile-form";
import { memberAreaCluster } from "~/server/cluster-area";
import { memberOrganisationIn } from "~/server/member-organisation";
import { ClientMessages } from "~/i18n/client-messages";

/** A contact person writes a new cooperation profile (a draft until published). */
export default async function NewProfilePage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("cooperation"), memberAreaCluster(slug)]);
  const organisation = await memberOrganisationIn(cluster.id);
  return (
    <ClientMessages namespaces={["cooperation", "serverErrors", "validation"]}>
      <div>
        <PageHeader title={t("newTitle")} description={t("newLead")} />
        <Card>
          {organisation ? (
            <ProfileForm
              clusterId={cluster.id}
              clusterSlug={slug}
              organisationId={organisation.organisationId}
              initial={defaultProfileValues(locale === "en" ? "en" : "de")}
            />
          ) : (
            <EmptyState title={t("notMember")} />
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
