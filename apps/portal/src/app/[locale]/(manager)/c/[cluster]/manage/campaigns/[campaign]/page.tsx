import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { Badge, Card, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RemindButton } from "~/components/needs/remind-button";
import { Link } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const stateTone = { upcoming: "slate", open: "brand", closed: "green" } as const;

/** One needs survey for its managers: period, categories, response rate, who answered, and reminders. */
export default async function ManageCampaignPage({ params }: { params: Promise<{ locale: string; cluster: string; campaign: string }> }) {
  const { locale, cluster: slug, campaign: campaignId } = await params;
  setRequestLocale(locale);
  const lang = locale === "en" ? "en" : "de";
  const [t, format, , caller] = await Promise.all([getTranslations("campaigns"), getFormatter(), managerAreaCluster(slug), api()]);
  const { campaign, state, invitees, responseRate } = await guarded(() => caller.campaign.get({ campaignId }));
  const date = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium" });
  const when = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : t("invitees.never"));
  return (
    <ClientMessages namespaces={["campaigns", "serverErrors"]}>
      <div className="space-y-6">
        <PageHeader
          title={campaign.title}
          description={t("period", { opensOn: date(campaign.opensOn), closesOn: date(campaign.closesOn) })}
          actions={
            <Link href={`/c/${slug}/manage/campaigns`} className="text-sm text-brand-800 underline">
              {t("back")}
            </Link>
          }
        />
        <Card>
          <p className="flex flex-wrap items-center gap-3">
            <Badge tone={stateTone[state]}>{t(`states.${state}`)}</Badge>
            <span className="font-medium">{t("responseRate")}:</span>
            <span data-testid="response-rate">
              {responseRate.rate === null
                ? t("noInvitees")
                : t("rate", {
                    responded: responseRate.responded,
                    invited: responseRate.invited,
                    percent: format.number(responseRate.rate, { style: "percent" }),
                  })}
            </span>
          </p>
          <p className="mt-3 text-sm text-slate-700">
            {campaign.categories.map((category) => needCategoryLabels[category][lang]).join(", ")}
          </p>
          {state === "open" ? (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <RemindButton campaignId={campaign.id} />
            </div>
          ) : null}
        </Card>
        <Card title={t("invitees.title")}>
          <table className="w-full text-left text-sm" data-testid="campaign-invitees">
            <caption className="sr-only">{t("invitees.title")}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-4">
                  {t("invitees.organisation")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("invitees.respondedAt")}
                </th>
                <th scope="col" className="py-2">
                  {t("invitees.remindedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {invitees.map((invitee) => (
                <tr key={invitee.organisationId} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {invitee.organisationName}
                  </th>
                  <td className="py-2 pr-4">{when(invitee.respondedAt)}</td>
                  <td className="py-2">{when(invitee.remindedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </ClientMessages>
  );
}
