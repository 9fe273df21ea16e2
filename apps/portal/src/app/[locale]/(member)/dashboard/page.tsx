import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { requireViewer } from "~/server/guard";

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
          href: `/c/${role.clusterSlug}/manage/invitations`,
        };
      case "assessor":
        return { key: "assessor", text: t("asAssessor"), href: "/assessor" };
      case "admin":
        return { key: "admin", text: t("asAdmin"), href: "/admin/accounts" };
    }
  });
  return (
    <div>
      <PageHeader title={t("title")} />
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
