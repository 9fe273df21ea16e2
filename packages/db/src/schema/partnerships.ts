import { index, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { clusters } from "./clusters";

export const partnershipStatus = pgEnum("partnership_status", ["proposed", "active", "declined", "ended"]);

/** A partnership between two clusters: proposed by one cluster's manager, accepted by the other's. */
export const clusterPartnerships = pgTable(
  "cluster_partnerships",
  {
    id: uuid().primaryKey().defaultRandom(),
    proposerClusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    partnerClusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    status: partnershipStatus().notNull().default("proposed"),
    proposedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("partnerships_proposer_idx").on(t.proposerClusterId), index("partnerships_partner_idx").on(t.partnerClusterId)],
);
