import { type Database, listTaxonomy } from "@clusterwerk/db";
import { errorMessages, validationMessages as m } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** The two pickable taxonomies (DOMAIN.md §1.3): NACE divisions under their sections, technology topics under their fields. */
export const pickableTaxonomies = {
  nace: { parent: "nace-section", child: "nace-division" },
  technology: { parent: "technology-field", child: "technology-topic" },
} as const;
export type PickableTaxonomy = keyof typeof pickableTaxonomies;

/** A taxonomy as groups in display order: each parent term (itself pickable) with its children, German and English labels. */
export async function taxonomyGroups(db: Database, taxonomy: PickableTaxonomy) {
  const kinds = pickableTaxonomies[taxonomy];
  const [parents, children] = await Promise.all([listTaxonomy(db, kinds.parent), listTaxonomy(db, kinds.child)]);
  return parents.map((parent) => ({
    code: parent.code,
    labelDe: parent.labelDe,
    labelEn: parent.labelEn,
    terms: children
      .filter((child) => child.parentCode === parent.code)
      .map((child) => ({ code: child.code, labelDe: child.labelDe, labelEn: child.labelEn })),
  }));
}

/**
 * Refuses technology tags that are not in the tree (`taxonomy_terms`, which admins extend, so the check
 * reads the table, not a shipped list). The message is on `technologyTags`, so the form shows it on the
 * picker. NACE codes are checked by the validators themselves (the classification is fixed).
 */
export async function checkTechnologyTags(db: Database, technologyTags: readonly string[]) {
  if (technologyTags.length === 0) return;
  const groups = await taxonomyGroups(db, "technology");
  const known = new Set(groups.flatMap((group) => [group.code, ...group.terms.map((term) => term.code)]));
  const result = z
    .object({ technologyTags: z.array(z.string().refine((tag) => known.has(tag), m.unknownTag)) })
    .safeParse({ technologyTags });
  if (!result.success) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.invalidInput, cause: result.error });
}
