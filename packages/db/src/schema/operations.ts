import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { clusters } from "./clusters";

/** Sensitive actions (sign-in, role changes, invitations, profile edits, resets), append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: varchar({ length: 80 }).notNull(),
    entity: varchar({ length: 80 }).notNull(),
    entityId: text(),
    clusterId: uuid().references(() => clusters.id, { onDelete: "set null" }),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

/** Mail that would go over SMTP; without SMTP_URL it stays here for admins (and tests) to read. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: varchar({ length: 254 }).notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt)],
);

/**
 * Fixed-window counters for rate limits, in the database so that several web instances share them.
 * `key` is e.g. `signin:account:<email>` or `signin:ip:<address>`.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar({ length: 300 }).primaryKey(),
  count: integer().notNull(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
});

/**
 * The last run of each scheduled job (docs/ARCHITECTURE.md "Scheduled jobs"): an instance runs a job only under
 * the jobs' advisory lock and only when its period has passed since `finishedAt`, so several portal instances
 * over one database run it once per period.
 */
export const jobRuns = pgTable("job_runs", {
  name: varchar({ length: 80 }).primaryKey(),
  finishedAt: timestamp({ withTimezone: true }).notNull(),
  result: jsonb().$type<Record<string, unknown>>().notNull(),
});
