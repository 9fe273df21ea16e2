import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";

/** The running needs surveys the member's organisation is invited to, answered or not. */
export default async function CampaignsPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "de";
  const [t, format, cluster, caller] = await Promise.all([getTranslations("campaigns"), getFormatter(), memberAreaCluster(slug), api()]);
  const organisation = await memberOrganisationIn(cluster.id);
  const campaigns = organisation
    ? await guarded(() => caller.campaign.open({ clusterId: cluster.id, organisationId: organisation.organisationId }))
    : [];
  const date = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium" });
  return (
    <div>
      <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
      {campaigns.length === 0 ? (
        <EmptyState title={t("memberEmpty")}>{t("memberEmptyHint")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="open-campaigns">
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <Card title={campaign.title}>
                <p className="text-sm text-slate-700">
                  {t("period", { opensOn: date(campaign.opensOn), closesOn: date(campaign.closesOn) })}
                </p>
                <p className="mt-2 text-sm text-slate-700">
                  {campaign.categories.map((category) => needCategoryLabels[category][lang]).join(", ")}
                </p>
                <p className="mt-3">
                  {campaign.respondedAt ? (
                    <Badge tone="green">{t("answered", { date: format.dateTime(campaign.respondedAt, { dateStyle: "medium" }) })}</Badge>
                  ) : (
                    <Badge tone="amber">{t("notAnswered")}</Badge>
                  )}
                </p>
                <Link
                  href={`/c/${slug}/campaigns/${campaign.id}`}
                  className="mt-3 inline-block text-sm font-medium text-brand-800 underline"
                >
                  {campaign.respondedAt ? t("answerMore") : t("answer")}
                  <span className="sr-only">: {campaign.title}</span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
