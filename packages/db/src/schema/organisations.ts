import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { users } from "./auth";

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
    /** A contact person asked the platform admin to anonymise the organisation (docs/DATA-RIGHTS.md); the admin confirms. */
    deletionRequestedAt: timestamp({ withTimezone: true }),
    deletionRequestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Set when the admin anonymised it: the row stays so memberships, needs and figures keep their counts. */
    anonymisedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisations_name_idx").on(t.name)],
);
