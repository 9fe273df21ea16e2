import { Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";

export async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div data-testid="forbidden">
      <PageHeader title={t("forbiddenTitle")} />
      <Notice tone="error">{t("forbidden")}</Notice>
    </div>
  );
}
