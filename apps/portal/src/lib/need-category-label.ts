import { type NeedCategory, needCategoryLabels } from "@clusterwerk/scoring/domain";

/** A need category (DOMAIN.md §2) in the page's language. */
export function needCategoryLabel(category: NeedCategory, locale: string): string {
  return locale === "en" ? needCategoryLabels[category].en : needCategoryLabels[category].de;
}
