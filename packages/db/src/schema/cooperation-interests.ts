import { sql } from "drizzle-orm";
import { check, index, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { cooperationProfiles } from "./cooperation";

/**
 * "Express interest" from one of an organisation's profiles in a profile it was matched with, the step before a
 * meeting request (DOMAIN.md §5.4). Once per pair of profiles (withdrawing deletes the row). The two
 * organisations and clusters are copied when it is made, as for meetings, so each side finds its own.
 */
export const cooperationInterests = pgTable(
  "cooperation_interests",
  {
    id: uuid().primaryKey().defaultRandom(),
    fromProfileId: uuid()
      .notNull()
      .references(() => cooperationProfiles.id, { onDelete: "cascade" }),
    toProfileId: uuid()
      .notNull()
      .references(() => cooperationProfiles.id, { onDelete: "cascade" }),
    fromClusterId: uuid().notNull(),
    fromOrganisationId: uuid().notNull(),
    toClusterId: uuid().notNull(),
    toOrganisationId: uuid().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("cooperation_interests_pair").on(t.fromProfileId, t.toProfileId),
    index("cooperation_interests_to_idx").on(t.toProfileId),
    check("cooperation_interests_other_organisation", sql`${t.fromOrganisationId} <> ${t.toOrganisationId}`),
  ],
);
