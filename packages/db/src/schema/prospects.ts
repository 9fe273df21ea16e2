import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { prospectStatuses } from "@clusterwerk/scoring/domain";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const prospectStatus = pgEnum("prospect_status", prospectStatuses);

/**
 * A relevant organisation in the cluster's region that is not (yet) a member (DOMAIN.md §1 "Prospect"),
 * imported from CSV by the cluster's managers. `importKey` makes a re-import idempotent: the list's own
 * id, or the normalised name, postal code and country (validators' `prospectImportKey`).
 */
export const prospects = pgTable(
  "prospects",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    importKey: varchar({ length: 320 }).notNull(),
    name: text().notNull(),
    city: text().notNull(),
    postalCode: varchar({ length: 12 }),
    /** ISO 3166-1 alpha-2. */
    country: varchar({ length: 2 }).notNull(),
    /** NACE Rev. 2 codes as organisations hold them (`C28`). */
    nace: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Technology topics as `field/topic` slugs (optional column of the import). */
    technologyTags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    employees: integer(),
    website: text(),
    /** Degrees (WGS 84): from the file, or geocoded offline from city and country. */
    lat: doublePrecision(),
    lon: doublePrecision(),
    /** The place the coordinates were geocoded from (`Mannheim, DE`); null when the file gave them or none was found. */
    geocodedFrom: text(),
    status: prospectStatus().notNull().default("new"),
    contactedAt: timestamp({ withTimezone: true }),
    /** The organisation it became on conversion (issue 9: conversion creates the organisation and the membership). */
    convertedOrganisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("prospects_cluster_key").on(t.clusterId, t.importKey), index("prospects_cluster_status_idx").on(t.clusterId, t.status)],
);
