import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type TaxonomyKind, taxonomyRows } from "../reference";
import { taxonomyTerms } from "../schema";

/**
 * Writes the shipped taxonomies into `taxonomy_terms`: new terms are inserted, shipped terms get the current
 * labels and order. Terms an admin added are left alone, so this can run on every start and seed.
 */
export async function loadReferenceData(db: Database): Promise<number> {
  const rows = taxonomyRows();
  // `excluded` names the snake_case columns, which is what the client's casing option maps the fields to.
  await db
    .insert(taxonomyTerms)
    .values(rows)
    .onConflictDoUpdate({
      target: [taxonomyTerms.kind, taxonomyTerms.code],
      set: {
        parentCode: sql.raw("excluded.parent_code"),
        labelDe: sql.raw("excluded.label_de"),
        labelEn: sql.raw("excluded.label_en"),
        sortOrder: sql.raw("excluded.sort_order"),
      },
    });
  return rows.length;
}

/** The terms of one taxonomy in display order. */
export async function listTaxonomy(db: Database, kind: TaxonomyKind) {
  return db
    .select({
      code: taxonomyTerms.code,
      parentCode: taxonomyTerms.parentCode,
      labelDe: taxonomyTerms.labelDe,
      labelEn: taxonomyTerms.labelEn,
      sortOrder: taxonomyTerms.sortOrder,
    })
    .from(taxonomyTerms)
    .where(eq(taxonomyTerms.kind, kind))
    .orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.code));
}
