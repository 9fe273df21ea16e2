import { Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";

/** What `forbidden()` shows, with HTTP 403: the caller's roles do not allow the page. */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div data-testid="forbidden">
      <PageHeader title={t("forbiddenTitle")} />
      <Notice tone="error">{t("forbidden")}</Notice>
    </div>
  );
}
