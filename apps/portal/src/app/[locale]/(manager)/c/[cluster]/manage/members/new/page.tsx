import { calendarDayOf } from "@clusterwerk/api";
import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddMemberForm } from "~/components/members/add-member-form";
import { managerAreaCluster } from "~/server/cluster-area";
import { ClientMessages } from "~/i18n/client-messages";

/** Adding a member: a new organisation or one already on the platform (issue 9). */
export default async function AddMemberPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("members"), managerAreaCluster(slug)]);
  return (
    <ClientMessages namespaces={["categories", "members", "serverErrors", "taxonomyPicker", "validation"]}>
      <div>
        <PageHeader title={t("add.title")} description={t("add.lead", { cluster: cluster.name })} />
        <Card>
          <AddMemberForm clusterId={cluster.id} slug={slug} today={calendarDayOf(new Date())} />
        </Card>
      </div>
    </ClientMessages>
  );
}
