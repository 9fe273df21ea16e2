import { Badge, Card, Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangeHistory } from "~/components/benchmarking/change-history";
import { IndicatorRows } from "~/components/benchmarking/indicator-rows";
import { BenchmarkingStepButton } from "~/components/forms/benchmarking-step-button";
import { BenchmarkingValueForm } from "~/components/forms/benchmarking-value-form";
import { Link as LocaleLink } from "~/i18n/navigation";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * Assessors: one submitted benchmarking. Taking it under review opens corrections (each with a required
 * note); finalising, after a confirmation, freezes the values.
 */
export default async function ReviewBenchmarkingPage({ params }: { params: Promise<{ locale: string; benchmarking: string }> }) {
  const { locale, benchmarking: benchmarkingId } = await params;
  setRequestLocale(locale);
  const [t, caller] = await Promise.all([getTranslations("benchmarking"), api()]);
  const detail = await guarded(() => caller.benchmarking.review({ benchmarkingId }));
  const underReview = detail.status === "under_review";
  return (
    <ClientMessages namespaces={["benchmarking", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("reviewTitle", { cluster: detail.clusterName, date: detail.benchmarkDate })}
          description={t("detailLead", { cluster: detail.clusterName, version: detail.catalogueVersion })}
          actions={
            <LocaleLink href="/assessor/benchmarking" className="text-sm text-brand-800 underline">
              {t("backToQueue")}
            </LocaleLink>
          }
        />
        <p>
          {t("statusLabel")}: <Badge tone={detail.status === "finalised" ? "green" : "amber"}>{t(`statuses.${detail.status}`)}</Badge>
        </p>
        {detail.status === "submitted" ? (
          <Card>
            <p className="mb-3 text-sm">{t("startReviewHint")}</p>
            <BenchmarkingStepButton benchmarkingId={detail.id} step="startReview" />
          </Card>
        ) : null}
        {detail.status === "finalised" ? <Notice>{t("finalisedHint")}</Notice> : null}
        <IndicatorRows
          detail={detail}
          locale={locale}
          editor={(indicator) =>
            underReview ? (
              <BenchmarkingValueForm
                benchmarkingId={detail.id}
                indicatorId={indicator.id}
                yesNo={indicator.kind.type === "boolean"}
                value={indicator.value}
                note={null}
                mode="correct"
              />
            ) : null
          }
        />
        {underReview ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("steps.finaliseTitle")}</h2>
            <BenchmarkingStepButton benchmarkingId={detail.id} step="finalise" />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("history")}</h2>
          <ChangeHistory changes={detail.history} indicators={detail.indicators} locale={locale} />
        </Card>
      </div>
    </ClientMessages>
  );
}
