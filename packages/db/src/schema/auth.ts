import { index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

/** People who sign in. */
export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  name: text(),
  email: varchar({ length: 254 }).notNull().unique(),
  emailVerified: timestamp({ withTimezone: true }),
  image: text(),
  /** argon2id hash; null until the invitation is accepted. */
  passwordHash: text(),
  locale: varchar({ length: 2 }).notNull().default("de"),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp({ withTimezone: true }),
  /**
   * Set when the person deleted their account (docs/DATA-RIGHTS.md): the row stays as the "anonymised person"
   * that authored records still name, with no name, no password and an address at `.invalid`.
   */
  anonymisedAt: timestamp({ withTimezone: true }),
});

/**
 * One row per sign-in. The session token (a JWT) names its row, and every request checks that the row
 * still exists and has not expired, so a session ends for good on sign-out, password reset or disabling,
 * and at the latest `expiresAt` (an absolute lifetime, not extended by use).
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

/** Password reset by emailed link: only the token's SHA-256 is stored; single use. */
export const passwordResetTokens = pgTable("password_reset_tokens", {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: varchar({ length: 64 }).notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
