import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContactPersonConfirmations } from "~/components/contact-person-confirmations";
import { ConsentToggles } from "~/components/forms/consent-toggles";
import { OrganisationForm } from "~/components/forms/organisation-form";
import { organisationForPage } from "~/server/organisation-area";
import { ClientMessages } from "~/i18n/client-messages";

export default async function OrganisationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, organisation] = await Promise.all([getTranslations("organisation"), organisationForPage(id)]);
  // Edits name the cluster the contact person acts in (the audit log records where a shared profile changed).
  const clusterId = organisation.actingClusters[0]?.id;
  if (!clusterId) notFound();
  return (
    <ClientMessages namespaces={["categories", "confirmations", "organisation", "serverErrors", "taxonomyPicker", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead", { name: organisation.name })} />
        <Card>
          <OrganisationForm organisation={organisation} clusterId={clusterId} />
        </Card>
        <Card title={t("consents")}>
          <ConsentToggles clusterId={clusterId} organisationId={organisation.id} initial={organisation.consents} />
        </Card>
        <Card>
          <ContactPersonConfirmations organisationId={organisation.id} />
        </Card>
      </div>
    </ClientMessages>
  );
}
