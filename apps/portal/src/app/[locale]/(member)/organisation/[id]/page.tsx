import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "~/components/forbidden";
import { ConsentToggles } from "~/components/forms/consent-toggles";
import { OrganisationForm } from "~/components/forms/organisation-form";
import { guarded, requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OrganisationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireViewer();
  if (!UUID.test(id)) notFound();
  const [t, caller] = await Promise.all([getTranslations("organisation"), api()]);
  const result = await guarded(() => caller.organisation.get({ organisationId: id }));
  if (!result.ok) return <Forbidden />;
  const organisation = result.data;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("lead", { name: organisation.name })} />
      <Card>
        <OrganisationForm organisation={organisation} />
      </Card>
      <Card title={t("consents")}>
        <ConsentToggles organisationId={organisation.id} initial={organisation.consents} />
      </Card>
    </div>
  );
}
