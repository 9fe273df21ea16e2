import { EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";

/** Assessors only: the group's layout refuses everyone else. */
export default async function AssessorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("assessor");
  return (
    <div>
      <PageHeader title={t("title")} />
      <EmptyState title={t("lead")} />
    </div>
  );
}
