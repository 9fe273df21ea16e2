import { integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const taxonomyKind = pgEnum("taxonomy_kind", [
  "nace-section",
  "nace-division",
  "technology-field",
  "technology-topic",
  "sector-field",
  "member-category",
  "need-category",
]);

/**
 * Every taxonomy of DOMAIN.md §1 in one table with German and English labels, so that admins can
 * extend them and the portal shows one label mechanism for all. `parentCode` links a NACE division
 * to its section and a technology topic to its field.
 */
export const taxonomyTerms = pgTable(
  "taxonomy_terms",
  {
    kind: taxonomyKind().notNull(),
    code: text().notNull(),
    parentCode: text(),
    labelDe: text().notNull(),
    labelEn: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);
