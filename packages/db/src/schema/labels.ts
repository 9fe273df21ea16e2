import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { labelAwardStatuses } from "@clusterwerk/scoring/domain";
import { labelLevels } from "@clusterwerk/scoring/benchmark";
import { users } from "./auth";
import { benchmarkings } from "./benchmarking";
import { clusters } from "./clusters";

export const labelLevel = pgEnum("label_level", labelLevels);
export const labelAwardStatus = pgEnum("label_award_status", labelAwardStatuses);

/**
 * A Cluster Management Excellence Label awarded on a finalised benchmarking (DOMAIN.md §6.3). Immutable:
 * a correction is a new award whose id the old one names in `supersededById` (status `superseded`, still
 * listed). Gold waits in `awaiting_confirmation` until a second, different assessor confirms it (a check
 * refuses the same person). `validFrom` is the assessment date, `validUntil` follows `labelValidity`;
 * `certificateNumber` is set when the certificate is issued; `expiryReminderSentAt` when managers were told.
 */
export const labelAwards = pgTable(
  "label_awards",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    benchmarkingId: uuid()
      .notNull()
      .references(() => benchmarkings.id, { onDelete: "restrict" }),
    level: labelLevel().notNull(),
    rationale: text().notNull(),
    awardedBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    awardedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    validFrom: date({ mode: "string" }).notNull(),
    validUntil: date({ mode: "string" }).notNull(),
    status: labelAwardStatus().notNull(),
    confirmedBy: uuid().references(() => users.id, { onDelete: "restrict" }),
    confirmedAt: timestamp({ withTimezone: true }),
    supersededById: uuid().references((): AnyPgColumn => labelAwards.id, { onDelete: "restrict" }),
    certificateNumber: varchar({ length: 40 }).unique(),
    expiryReminderSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("label_awards_cluster_idx").on(t.clusterId, t.validUntil),
    index("label_awards_status_idx").on(t.status, t.level),
    check("label_awards_rationale", sql`length(trim(${t.rationale})) > 0`),
    check("label_awards_validity", sql`${t.validUntil} >= ${t.validFrom}`),
    check("label_awards_second_assessor", sql`${t.confirmedBy} is null or ${t.confirmedBy} <> ${t.awardedBy}`),
    check("label_awards_confirmation", sql`(${t.confirmedBy} is null) = (${t.confirmedAt} is null)`),
    check(
      "label_awards_gold_confirmed",
      sql`${t.level} <> 'gold' or ${t.status} in ('awaiting_confirmation', 'superseded') or ${t.confirmedBy} is not null`,
    ),
    check("label_awards_superseded", sql`(${t.status} = 'superseded') = (${t.supersededById} is not null)`),
  ],
);
