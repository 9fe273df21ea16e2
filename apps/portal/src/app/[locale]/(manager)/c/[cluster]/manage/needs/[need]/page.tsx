import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedDetails } from "~/components/needs/need-details";
import { NeedStatusForm } from "~/components/needs/need-status-form";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** One need of the cluster for its managers: details, status history and setting the status. */
export default async function ManageNeedPage({ params }: { params: Promise<{ locale: string; cluster: string; need: string }> }) {
  const { locale, cluster: slug, need: needId } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("needs"), managerAreaCluster(slug), api()]);
  const { need, history } = await guarded(() => caller.need.get({ clusterId: cluster.id, needId }));
  return (
    <ClientMessages namespaces={["needs", "serverErrors"]}>
      <div className="space-y-6">
        <PageHeader
          title={need.title}
          actions={
            <Link href={`/c/${slug}/manage/needs`} className="text-sm text-brand-800 underline">
              {t("back")}
            </Link>
          }
        />
        <Card title={t("setStatus.title")}>
          <NeedStatusForm needId={need.id} status={need.status} />
        </Card>
        <NeedDetails locale={locale} need={need} history={history} />
      </div>
    </ClientMessages>
  );
}
