import { Badge, Card, Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangeHistory } from "~/components/benchmarking/change-history";
import { IndicatorRows } from "~/components/benchmarking/indicator-rows";
import { BenchmarkingStepButton } from "~/components/forms/benchmarking-step-button";
import { BenchmarkingValueForm } from "~/components/forms/benchmarking-value-form";
import { EvidenceUploadForm } from "~/components/forms/evidence-upload-form";
import { Link as LocaleLink } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * Managers of the cluster: one benchmarking. In a draft, reported values are entered with a note and
 * evidence, derived ones show their source; submitting needs a confirmation. Afterwards the values are
 * read-only, with every assessor correction and the change history.
 */
export default async function ManageBenchmarkingDetailPage({
  params,
}: {
  params: Promise<{ locale: string; cluster: string; benchmarking: string }>;
}) {
  const { locale, cluster: slug, benchmarking: benchmarkingId } = await params;
  setRequestLocale(locale);
  const [t, , caller] = await Promise.all([getTranslations("benchmarking"), managerAreaCluster(slug), api()]);
  const [detail, history] = await guarded(() =>
    Promise.all([caller.benchmarking.get({ benchmarkingId }), caller.benchmarking.history({ benchmarkingId })]),
  );
  const draft = detail.status === "draft";
  return (
    <ClientMessages namespaces={["benchmarking", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("detailTitle", { date: detail.benchmarkDate })}
          description={t("detailLead", { cluster: detail.clusterName, version: detail.catalogueVersion })}
          actions={
            <LocaleLink href={`/c/${slug}/manage/benchmarking`} className="text-sm text-brand-800 underline">
              {t("backToList")}
            </LocaleLink>
          }
        />
        <p>
          {t("statusLabel")}:{" "}
          <Badge tone={draft ? "slate" : detail.status === "finalised" ? "green" : "amber"}>{t(`statuses.${detail.status}`)}</Badge>
        </p>
        {draft ? (
          <Notice>{t("draftHint")}</Notice>
        ) : (
          <Notice>{t(detail.status === "finalised" ? "finalisedHint" : "submittedHint")}</Notice>
        )}
        <IndicatorRows
          detail={detail}
          locale={locale}
          editor={(indicator) =>
            draft && indicator.source === "reported" ? (
              <div className="space-y-4">
                <BenchmarkingValueForm
                  benchmarkingId={detail.id}
                  indicatorId={indicator.id}
                  yesNo={indicator.kind.type === "boolean"}
                  value={indicator.value}
                  note={indicator.note}
                  mode="report"
                />
                <EvidenceUploadForm benchmarkingId={detail.id} indicatorId={indicator.id} />
              </div>
            ) : null
          }
        />
        {draft ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("steps.submitTitle")}</h2>
            <BenchmarkingStepButton benchmarkingId={detail.id} step="submit" />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("history")}</h2>
          <ChangeHistory changes={history} indicators={detail.indicators} locale={locale} />
        </Card>
      </div>
    </ClientMessages>
  );
}
