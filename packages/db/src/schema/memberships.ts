import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgEnum, pgTable, timestamp, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { membershipStatuses } from "@clusterwerk/scoring/members";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const membershipStatus = pgEnum("membership_status", membershipStatuses);

/**
 * Organisation ↔ cluster. A committed member (indicator S1) meets at least one of the three
 * commitment criteria of DOMAIN.md §1. `leftOn` is the membership's last day (it still counts then).
 */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    status: membershipStatus().notNull().default("applicant"),
    joinedOn: date(),
    leftOn: date(),
    /** (a) signed membership agreement or written commitment */
    agreementSigned: boolean().notNull().default(false),
    /** (b) pays a fee or gives regular financial, in-kind or staff support */
    paysFee: boolean().notNull().default(false),
    /** (c) contributes actively and regularly */
    contributesActively: boolean().notNull().default(false),
  },
  (t) => [
    unique("memberships_org_cluster").on(t.organisationId, t.clusterId),
    index("memberships_cluster_idx").on(t.clusterId),
    check("memberships_left_after_joined", sql`${t.leftOn} is null or ${t.joinedOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

/** The fields of a membership that its history records. */
export interface MembershipSnapshot {
  status: string;
  joinedOn: string | null;
  leftOn: string | null;
  agreementSigned: boolean;
  paysFee: boolean;
  contributesActively: boolean;
}

/**
 * The history of a membership (issue 9: "ends memberships with the history kept"): who changed it, when,
 * what (`added`, `updated`, `ended`), and the fields before and after. Append-only.
 */
export const membershipChanges = pgTable(
  "membership_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    action: varchar({ length: 20 }).notNull(),
    before: jsonb().$type<MembershipSnapshot>(),
    after: jsonb().$type<MembershipSnapshot>().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("membership_changes_membership_idx").on(t.membershipId, t.at)],
);
