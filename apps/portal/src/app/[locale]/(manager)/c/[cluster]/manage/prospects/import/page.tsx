import { PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProspectImport } from "~/components/prospects/prospect-import";
import { managerAreaCluster } from "~/server/cluster-area";
import { ClientMessages } from "~/i18n/client-messages";

/** The prospect CSV import with its preview and progress (issue 9). The manager layout has checked the role. */
export default async function ProspectImportPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster] = await Promise.all([getTranslations("prospects.import"), managerAreaCluster(slug)]);
  return (
    <ClientMessages namespaces={["prospects.import", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <ProspectImport clusterId={cluster.id} listHref={`/c/${slug}/manage/prospects`} />
      </div>
    </ClientMessages>
  );
}
