import { PageHeader } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <PageHeader title={t("notFoundTitle")} description={t("notFound")} />;
}
