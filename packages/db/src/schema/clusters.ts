import { boolean, date, doublePrecision, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

/** A cluster initiative and its management organisation (DOMAIN.md §1). */
export const clusters = pgTable("clusters", {
  id: uuid().primaryKey().defaultRandom(),
  slug: varchar({ length: 80 }).notNull().unique(),
  name: text().notNull(),
  managementOrganisation: text().notNull(),
  /** ISO 3166-1 alpha-2. */
  country: varchar({ length: 2 }).notNull(),
  region: text().notNull(),
  city: text().notNull(),
  /** Office location in degrees (WGS 84). */
  lat: doublePrecision().notNull(),
  lon: doublePrecision().notNull(),
  sectorField: text().notNull(),
  founded: integer(),
  legalForm: text(),
  website: text(),
  /** Regional radius in km; ESCA's default is 150. */
  radiusKm: integer().notNull().default(150),
  managementFte: doublePrecision(),
  strategyDate: date(),
  openMatchmaking: boolean().notNull().default(false),
  descriptionDe: text(),
  descriptionEn: text(),
  /** Demo data is marked as such. */
  isDemo: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
