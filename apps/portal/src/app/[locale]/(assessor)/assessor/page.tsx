import { EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Forbidden } from "~/components/forbidden";
import { requireViewer } from "~/server/guard";

export default async function AssessorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  if (!viewer.roles.some((role) => role.kind === "assessor")) return <Forbidden />;
  const t = await getTranslations("assessor");
  return (
    <div>
      <PageHeader title={t("title")} />
      <EmptyState title={t("lead")} />
    </div>
  );
}
