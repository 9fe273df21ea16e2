import { Card, Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NeedDetails } from "~/components/needs/need-details";
import { NeedForm } from "~/components/needs/need-form";
import { WithdrawNeedButton } from "~/components/needs/withdraw-need-button";
import { Link } from "~/i18n/navigation";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** One need as a member sees it, with its status history; its own organisation edits or withdraws it here. */
export default async function NeedPage({ params }: { params: Promise<{ locale: string; cluster: string; need: string }> }) {
  const { locale, cluster: slug, need: needId } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("needs"), memberAreaCluster(slug), api()]);
  const { need, history, editableBy } = await guarded(() => caller.need.get({ clusterId: cluster.id, needId }));
  const editable = editableBy !== null && need.status !== "withdrawn";
  return (
    <ClientMessages namespaces={["needs", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={need.title}
          actions={
            <Link href={`/c/${slug}/needs`} className="text-sm text-brand-800 underline">
              {t("back")}
            </Link>
          }
        />
        {need.status === "withdrawn" ? <Notice>{t("withdrawnNotice")}</Notice> : null}
        <NeedDetails locale={locale} need={need} history={history} />
        {editable && editableBy ? (
          <Card title={t("edit")}>
            <NeedForm
              clusterId={cluster.id}
              clusterSlug={slug}
              organisationId={editableBy}
              needId={need.id}
              initial={{ ...need, status: need.status }}
            />
            <div className="mt-6 border-t border-slate-200 pt-4">
              <WithdrawNeedButton clusterId={cluster.id} organisationId={editableBy} needId={need.id} />
            </div>
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
