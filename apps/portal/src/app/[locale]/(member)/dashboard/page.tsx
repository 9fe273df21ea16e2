import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const t = await getTranslations("dashboard");
  const items = viewer.roles.map((role) => {
    switch (role.kind) {
      case "member":
        return {
          key: `m-${role.organisationId}-${role.clusterId}`,
          text: t("asMember", { organisation: role.organisationName, cluster: role.clusterName }),
          href: `/c/${role.clusterSlug}/directory`,
        };
      case "manager":
        return {
          key: `g-${role.clusterId}`,
          text: t("asManager", { cluster: role.clusterName }),
          href: `/c/${role.clusterSlug}/manage`,
        };
      case "assessor":
        return { key: "assessor", text: t("asAssessor"), href: "/assessor" };
      case "admin":
        return { key: "admin", text: t("asAdmin"), href: "/admin/accounts" };
    }
  });
  // Needs surveys the viewer's organisations are invited to and have not answered yet (DOMAIN.md §2).
  const [caller, format] = await Promise.all([api(), getFormatter()]);
  const memberRoles = viewer.roles.flatMap((role) => (role.kind === "member" ? [role] : []));
  const openCampaigns = (
    await Promise.all(
      memberRoles.map(async (role) =>
        (await caller.campaign.open({ clusterId: role.clusterId, organisationId: role.organisationId }))
          .filter((campaign) => !campaign.respondedAt)
          .map((campaign) => ({ ...campaign, role })),
      ),
    )
  ).flat();
  return (
    <div>
      <PageHeader title={t("title")} />
      {openCampaigns.length > 0 ? (
        <Card title={t("openCampaigns")} className="mb-4">
          <ul className="space-y-2 text-sm" data-testid="dashboard-campaigns">
            {openCampaigns.map((campaign) => (
              <li key={`${campaign.id}-${campaign.role.organisationId}`} className="flex flex-wrap items-center gap-3">
                <span>
                  {t("openCampaign", {
                    title: campaign.title,
                    cluster: campaign.role.clusterName,
                    date: format.dateTime(new Date(`${campaign.closesOn}T12:00:00Z`), { dateStyle: "medium" }),
                  })}
                </span>
                <Link href={`/c/${campaign.role.clusterSlug}/campaigns/${campaign.id}`} className="font-medium text-brand-800 underline">
                  {t("answerNow")}
                  <span className="sr-only">: {campaign.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={t("noRoles")} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {items.map((item) => (
            <Card key={item.key}>
              <p className="font-medium">{item.text}</p>
              <Link href={item.href} className="mt-3 inline-block text-sm font-medium text-brand-800 underline">
                {t("open")}
              </Link>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
