import { index, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clusters } from "./clusters";
import { organisations } from "./organisations";

export const roleKind = pgEnum("role_kind", ["member", "manager", "assessor", "admin"]);

/**
 * Scoped roles (DOMAIN.md §1): member = contact person of an organisation in a cluster (both ids set),
 * manager = staff of one cluster (cluster id set), assessor and admin are platform-wide (neither set).
 * Loaded per request, so deleting a row revokes the role at once.
 */
export const roleAssignments = pgTable(
  "role_assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: roleKind().notNull(),
    clusterId: uuid().references(() => clusters.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("role_assignments_user_idx").on(t.userId)],
);
