import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignForm } from "~/components/needs/campaign-form";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** A manager starts a needs survey; all active members are preselected as invitees. */
export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("campaigns"), managerAreaCluster(slug), api()]);
  const organisations = await guarded(() => caller.campaign.invitable({ clusterId: cluster.id }));
  // The form's default start: today in the portal's time zone (the procedures use the same calendar).
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
  return (
    <ClientMessages namespaces={["campaigns", "serverErrors", "validation"]}>
      <div>
        <PageHeader title={t("newTitle")} description={t("newLead")} />
        <Card>
          <CampaignForm clusterId={cluster.id} clusterSlug={slug} organisations={organisations} today={today} />
        </Card>
      </div>
    </ClientMessages>
  );
}
