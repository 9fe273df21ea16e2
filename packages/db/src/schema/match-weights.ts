import { sql } from "drizzle-orm";
import { check, doublePrecision, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clusters } from "./clusters";

/**
 * A cluster's own weights of the match score's factors (DOMAIN.md §5.3: configurable per cluster, each in
 * [0, 1], summing to 1). No row means the default weights. They rank the matches of profiles made in the
 * cluster; the checks hold the range, the sum is checked by the validator (SCORING-CLI.md `match`, ± 0.001).
 */
export const clusterMatchWeights = pgTable(
  "cluster_match_weights",
  {
    clusterId: uuid()
      .primaryKey()
      .references(() => clusters.id, { onDelete: "cascade" }),
    topic: doublePrecision().notNull(),
    text: doublePrecision().notNull(),
    partnership: doublePrecision().notNull(),
    geography: doublePrecision().notNull(),
    actors: doublePrecision().notNull(),
    reciprocity: doublePrecision().notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "cluster_match_weights_range",
      sql`least(${t.topic}, ${t.text}, ${t.partnership}, ${t.geography}, ${t.actors}, ${t.reciprocity}) >= 0
        and greatest(${t.topic}, ${t.text}, ${t.partnership}, ${t.geography}, ${t.actors}, ${t.reciprocity}) <= 1`,
    ),
  ],
);
