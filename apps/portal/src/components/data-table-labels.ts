import type { DataTableLabels } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";

/** The translated texts every `DataTable` of the portal shows. */
export async function getDataTableLabels(): Promise<DataTableLabels> {
  const t = await getTranslations("pagination");
  return {
    pagination: t("label"),
    previous: t("previous"),
    next: t("next"),
    range: (from, to, total) => t("page", { from, to, total }),
  };
}
