import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Card, EmptyState, Notice, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignAnswerForm } from "~/components/needs/campaign-answer-form";
import { Link } from "~/i18n/navigation";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** A member answers a needs survey their organisation is invited to; the answers become needs in the register. */
export default async function CampaignAnswerPage({ params }: { params: Promise<{ locale: string; cluster: string; campaign: string }> }) {
  const { locale, cluster: slug, campaign: campaignId } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "de";
  const [t, tn, format, cluster, caller] = await Promise.all([
    getTranslations("campaigns"),
    getTranslations("needs"),
    getFormatter(),
    memberAreaCluster(slug),
    api(),
  ]);
  const organisation = await memberOrganisationIn(cluster.id);
  if (!organisation) return <EmptyState title={tn("notMember")} />;
  const { campaign, state, respondedAt, answers } = await guarded(() =>
    caller.campaign.forAnswer({ clusterId: cluster.id, organisationId: organisation.organisationId, campaignId }),
  );
  const date = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <ClientMessages namespaces={["campaigns", "needs", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={campaign.title}
          description={t("period", { opensOn: date(campaign.opensOn), closesOn: date(campaign.closesOn) })}
          actions={
            <Link href={`/c/${slug}/campaigns`} className="text-sm text-brand-800 underline">
              {t("back")}
            </Link>
          }
        />
        {respondedAt ? (
          <Notice tone="success">{t("answered", { date: format.dateTime(respondedAt, { dateStyle: "medium" }) })}</Notice>
        ) : null}
        {state === "closed" ? <Notice>{t("closedNotice")}</Notice> : null}
        {state === "upcoming" ? <Notice>{t("upcomingNotice", { date: date(campaign.opensOn) })}</Notice> : null}
        {state === "open" ? (
          <Card>
            <p className="mb-4 text-sm text-slate-700">{t("answerLead")}</p>
            <CampaignAnswerForm
              clusterId={cluster.id}
              organisationId={organisation.organisationId}
              campaignId={campaign.id}
              categories={campaign.categories}
            />
          </Card>
        ) : null}
        <Card title={t("yourAnswers")}>
          {answers.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noAnswers")}</p>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="campaign-answers">
              {answers.map((answer) => (
                <li key={answer.id}>
                  <Link href={`/c/${slug}/needs/${answer.id}`} className="font-medium text-brand-800 underline">
                    {answer.title}
                  </Link>{" "}
                  — {needCategoryLabels[answer.category][lang]}, {tn("importanceOf", { value: answer.importance })},{" "}
                  {tn(`statuses.${answer.status}`)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
