import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { needCategories, needHorizons, needStatuses, needVisibilities } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const needCategory = pgEnum("need_category", needCategories);
export const needHorizon = pgEnum("need_horizon", needHorizons);
export const needStatus = pgEnum("need_status", needStatuses);
export const needVisibility = pgEnum("need_visibility", needVisibilities);

/**
 * A survey campaign of a cluster (DOMAIN.md §2): the period, the categories asked and (in
 * `campaignInvitees`) the organisations asked. Answers are needs with `campaignId` set.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    title: text().notNull(),
    opensOn: date().notNull(),
    closesOn: date().notNull(),
    categories: needCategory().array().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaigns_cluster_idx").on(t.clusterId, t.closesOn), check("campaigns_period", sql`${t.closesOn} >= ${t.opensOn}`)],
);

/** Who a campaign asked, when they answered, and when they were last reminded. */
export const campaignInvitees = pgTable(
  "campaign_invitees",
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    respondedAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organisationId] })],
);

/** A need of an organisation in one cluster (DOMAIN.md §2). */
export const needs = pgTable(
  "needs",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Set when the need was registered as an answer to a campaign. */
    campaignId: uuid().references(() => campaigns.id, { onDelete: "set null" }),
    category: needCategory().notNull(),
    title: text().notNull(),
    description: text(),
    /** 1 (nice to have) … 5 (critical). */
    importance: smallint().notNull(),
    horizon: needHorizon().notNull(),
    status: needStatus().notNull().default("open"),
    visibility: needVisibility().notNull().default("management"),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("needs_cluster_status_idx").on(t.clusterId, t.status),
    // The analysis names the most important unmet needs: walked in this order, it stops after the first few uncovered.
    index("needs_cluster_status_importance_idx").on(t.clusterId, t.status, t.importance.desc(), t.id),
    index("needs_organisation_idx").on(t.organisationId),
    index("needs_campaign_idx").on(t.campaignId),
    check("needs_importance_range", sql`${t.importance} between 1 and 5`),
  ],
);

/** Every status a need went through, with who changed it (the status history of §2). */
export const needStatusChanges = pgTable(
  "need_status_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    needId: uuid()
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    fromStatus: needStatus(),
    toStatus: needStatus().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("need_status_changes_need_idx").on(t.needId, t.at)],
);
