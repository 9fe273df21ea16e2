import { index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";
import { roleKind } from "./roles";

/**
 * An invitation of a contact person (or a co-manager) into a cluster. Only the token's SHA-256 is
 * stored; accepting sets `acceptedAt`, so a token works once.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: varchar({ length: 254 }).notNull(),
    name: text(),
    kind: roleKind().notNull(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_cluster_idx").on(t.clusterId, t.createdAt)],
);
