import { ListFilters } from "@clusterwerk/ui";
import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { getTranslations } from "next-intl/server";

/** The admin lists' search box (clusters, accounts, data rights): the shared filter bar with no selects. */
export async function AdminSearch({ value }: { value: string }) {
  const t = await getTranslations("directory");
  return <ListFilters search={{ label: t("search"), value, maxLength: SEARCH_TERM_MAX_LENGTH }} applyLabel={t("apply")} />;
}
