import { id as uuid, labelLevels } from "@clusterwerk/validators";
import { Badge, Card, Notice, PageHeader } from "@clusterwerk/ui";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LabelAwardForm } from "~/components/forms/label-award-form";
import { LabelConfirmButton } from "~/components/forms/label-confirm-button";
import { LabelAwardsTable } from "~/components/labels/label-awards-table";
import { LabelReasonsList } from "~/components/labels/label-reasons-list";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * Assessors only (the group's layout): eligibility of a finalised benchmarking per label with every failed
 * condition, the award form per level the rules allow, and the cluster's awards (confirm Gold, correct).
 */
export default async function LabelAssessmentPage({ params }: { params: Promise<{ locale: string; benchmarking: string }> }) {
  const { locale, benchmarking: benchmarkingId } = await params;
  setRequestLocale(locale);
  if (!uuid.safeParse(benchmarkingId).success) notFound();
  const [t, caller] = await Promise.all([getTranslations("labels"), api()]);
  const { benchmarking, assessment, awardable, awards, viewerId, today } = await guarded(() =>
    caller.label.eligibility({ benchmarkingId }),
  );
  return (
    <ClientMessages namespaces={["labels", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("assess.title", { cluster: benchmarking.clusterName })}
          description={t("assess.lead", { date: benchmarking.benchmarkDate })}
        />
        <div className="grid gap-4 lg:grid-cols-3">
          {labelLevels.map((level) => {
            const decision = assessment[level];
            return (
              <Card key={level}>
                <section aria-labelledby={`level-${level}`} data-testid={`eligibility-${level}`} className="space-y-3">
                  <h2 id={`level-${level}`} className="text-lg font-semibold">
                    {t(`levels.${level}`)} <span className="text-sm font-normal text-slate-600">„{t(`levelTitles.${level}`)}“</span>
                  </h2>
                  <Badge tone={decision.eligible ? "green" : "red"}>
                    {decision.eligible ? t("assess.eligible") : t("assess.notEligible")}
                  </Badge>
                  {decision.eligible ? (
                    <p className="text-sm">{t("assess.validity", { from: decision.validFrom, until: decision.validUntil })}</p>
                  ) : (
                    <div>
                      <h3 className="mb-1 text-sm font-medium">{t("assess.failed")}</h3>
                      <LabelReasonsList reasons={decision.reasons} testId={`reasons-${level}`} />
                    </div>
                  )}
                  {level === "gold" ? <p className="text-sm text-slate-600">{t("assess.goldNote")}</p> : null}
                  {awardable[level] ? (
                    <LabelAwardForm
                      target={{ benchmarkingId: benchmarking.id }}
                      level={level}
                      clusterName={benchmarking.clusterName}
                      validUntil={decision.eligible ? decision.validUntil : null}
                    />
                  ) : awards.some(
                      (award) => award.benchmarkingId === benchmarking.id && award.level === level && award.status !== "superseded",
                    ) ? (
                    <Notice>{t("assess.heldAlready")}</Notice>
                  ) : null}
                </section>
              </Card>
            );
          })}
        </div>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("assess.history")}</h2>
          <LabelAwardsTable
            awards={awards}
            today={today}
            actions={(award) =>
              award.status === "superseded" ? null : (
                <div className="space-y-2">
                  {award.status === "awaiting_confirmation" ? (
                    <>
                      {award.awardedBy === viewerId ? <Badge tone="amber">{t("assess.ownAward")}</Badge> : null}
                      <LabelConfirmButton awardId={award.id} />
                    </>
                  ) : null}
                  <details>
                    <summary className="cursor-pointer text-sm text-brand-800">{t("assess.supersede")}</summary>
                    <p className="my-2 text-sm">{t("assess.supersedeTitle")}</p>
                    <LabelAwardForm
                      target={{ supersedes: award.id }}
                      level={award.level}
                      levels={labelLevels}
                      clusterName={benchmarking.clusterName}
                      validUntil={null}
                    />
                  </details>
                </div>
              )
            }
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
