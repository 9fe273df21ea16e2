import { boolean, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";
import { roleKind } from "./roles";

/**
 * An invitation of a contact person (or a co-manager) into a cluster. Only the token's SHA-256 is
 * stored; accepting sets `acceptedAt`, so a token works once.
 *
 * An organisation's profile and consents are shared by all its clusters, so a new contact person of an
 * organisation that already has one (or is also a member elsewhere) needs confirmation (docs/DOMAIN.md §1
 * "People and roles"): such an invitation is created with `needsConfirmation`, is not mailed and cannot be
 * accepted until an existing contact person or the platform admin confirms it (`confirmedAt`, a new token
 * is mailed then) or declines it (`declinedAt`).
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
    needsConfirmation: boolean().notNull().default(false),
    confirmedAt: timestamp({ withTimezone: true }),
    confirmedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    declinedAt: timestamp({ withTimezone: true }),
    declinedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_cluster_idx").on(t.clusterId, t.createdAt), index("invitations_organisation_idx").on(t.organisationId)],
);
