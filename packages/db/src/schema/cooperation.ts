import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { partnershipTypes, profileLanguages, profileReaches, profileStatuses, profileTypes } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const cooperationProfileType = pgEnum("cooperation_profile_type", profileTypes);
export const cooperationProfileReach = pgEnum("cooperation_profile_reach", profileReaches);
export const cooperationProfileStatus = pgEnum("cooperation_profile_status", profileStatuses);
export const cooperationProfileLanguage = pgEnum("cooperation_profile_language", profileLanguages);
export const cooperationPartnershipType = pgEnum("cooperation_partnership_type", partnershipTypes);

/**
 * An offer or request of an organisation, made in one of its clusters (DOMAIN.md §5.1). The profile belongs
 * to that cluster: reach and partnerships are counted from it (§5.2). `updatedAt` moves on every change and
 * is the freshness high-water mark of the match index (docs/ARCHITECTURE.md, Matchmaking).
 */
export const cooperationProfiles = pgTable(
  "cooperation_profiles",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    type: cooperationProfileType().notNull(),
    language: cooperationProfileLanguage().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    description: text().notNull().default(""),
    technologyTags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nace: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    partnershipTypes: cooperationPartnershipType()
      .array()
      .notNull()
      .default(sql`'{}'`),
    reach: cooperationProfileReach().notNull().default("my-cluster"),
    validUntil: date().notNull(),
    status: cooperationProfileStatus().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    /** When the expiry reminder went out for the current `validUntil`; renewing clears it. */
    expiryRemindedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cooperation_profiles_cluster_idx").on(t.clusterId, t.status),
    index("cooperation_profiles_organisation_idx").on(t.organisationId),
    index("cooperation_profiles_updated_idx").on(t.updatedAt),
    check("cooperation_profiles_title", sql`length(${t.title}) > 0`),
  ],
);
