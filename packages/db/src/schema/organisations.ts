import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { memberCategories } from "@clusterwerk/scoring/domain";

export const memberCategory = pgEnum("member_category", memberCategories);

/** A member organisation; one organisation can be a member of several clusters. */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: varchar({ length: 120 }).notNull().unique(),
    name: text().notNull(),
    category: memberCategory().notNull(),
    employees: integer(),
    street: text(),
    postalCode: varchar({ length: 12 }),
    city: text().notNull(),
    country: varchar({ length: 2 }).notNull(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    /** NACE Rev. 2 codes, a section letter plus a two-digit division (`C28`). */
    nace: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Technology topics as `field/topic` slugs. */
    technologyTags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    website: text(),
    description: text(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisations_name_idx").on(t.name)],
);
