import { boolean, date, index, pgEnum, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const membershipStatus = pgEnum("membership_status", ["applicant", "active", "left"]);

/**
 * Organisation ↔ cluster. A committed member (indicator S1) meets at least one of the three
 * commitment criteria of DOMAIN.md §1.
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
  (t) => [unique("memberships_org_cluster").on(t.organisationId, t.clusterId), index("memberships_cluster_idx").on(t.clusterId)],
);
