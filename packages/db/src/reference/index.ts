import {
  memberCategories,
  memberCategoryLabels,
  needCategories,
  needCategoryLabels,
  sectorFieldLabels,
  sectorFields,
} from "@clusterwerk/scoring/domain";
import type { taxonomyTerms } from "../schema";
import { naceDivisions, naceSections } from "./nace";
import { technologyFields } from "./technology-fields";

export * from "./nace";
export * from "./technology-fields";

export type TaxonomyRow = typeof taxonomyTerms.$inferInsert;
export type TaxonomyKind = TaxonomyRow["kind"];

interface Term {
  code: string;
  parentCode?: string;
  de: string;
  en: string;
}

// sortOrder is the position within a kind, so ordering one kind by it gives the order of the source list
// (for topics: grouped by field, in the tree's order).
function rowsOf(kind: TaxonomyKind, terms: readonly Term[]): TaxonomyRow[] {
  return terms.map((term, index) => ({
    kind,
    code: term.code,
    parentCode: term.parentCode ?? null,
    labelDe: term.de,
    labelEn: term.en,
    sortOrder: index,
  }));
}

/** Every row of `taxonomy_terms` that the portal ships with (DOMAIN.md §1.1–1.3 and the need categories of §2). */
export function taxonomyRows(): TaxonomyRow[] {
  return [
    ...rowsOf("nace-section", naceSections),
    ...rowsOf(
      "nace-division",
      naceDivisions.map((d) => ({ code: d.code, parentCode: d.section, de: d.de, en: d.en })),
    ),
    ...rowsOf(
      "technology-field",
      technologyFields.map((f) => ({ code: f.slug, de: f.de, en: f.en })),
    ),
    ...rowsOf(
      "technology-topic",
      technologyFields.flatMap((f) => f.topics.map((t) => ({ code: t.slug, parentCode: f.slug, de: t.de, en: t.en }))),
    ),
    ...rowsOf(
      "sector-field",
      sectorFields.map((code) => ({ code, ...sectorFieldLabels[code] })),
    ),
    ...rowsOf(
      "member-category",
      memberCategories.map((code) => ({ code, ...memberCategoryLabels[code] })),
    ),
    ...rowsOf(
      "need-category",
      needCategories.map((code) => ({ code, ...needCategoryLabels[code] })),
    ),
  ];
}
