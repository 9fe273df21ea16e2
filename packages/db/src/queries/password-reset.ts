import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Database } from "../client";
import { passwordResetTokens, sessions, users } from "../schema";
import { hashToken } from "./tokens";

export const PASSWORD_RESET_VALIDITY_MINUTES = 60;

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export async function createPasswordResetToken(db: Database, userId: string, tokenHash: string, now: Date = new Date()) {
  await db.insert(passwordResetTokens).values({
    userId,
    tokenHash,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALIDITY_MINUTES * 60_000),
  });
}

const usable = (tokenHash: string, now: Date) =>
  and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now));

/**
 * The account a reset token would reset, or null when it is unknown, used or expired. Read before the
 * new password is hashed, so a wrong token costs one indexed lookup and no argon2 run.
 */
export async function findPasswordResetUser(db: Database, token: string, now: Date = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(usable(hashToken(token), now))
    .limit(1);
  return row?.userId ?? null;
}

/**
 * Sets a new password hash and makes every reset link of the account that is still open unusable, so a
 * link sent before the change cannot undo it. Sessions end too, except `keepSessionId` (the session of a
 * person changing their own password stays; whoever else knew the old password is signed out).
 */
export async function storeNewPassword(
  tx: Transaction | Database,
  params: { userId: string; passwordHash: string; keepSessionId?: string; now: Date },
): Promise<void> {
  await tx.update(users).set({ passwordHash: params.passwordHash }).where(eq(users.id, params.userId));
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: params.now })
    .where(and(eq(passwordResetTokens.userId, params.userId), isNull(passwordResetTokens.usedAt)));
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, params.userId), params.keepSessionId ? ne(sessions.id, params.keepSessionId) : undefined));
}

/**
 * Uses a reset token once and sets the new password; null when unknown, used or expired. Every open
 * session of the account ends with it, and the account's other reset links stop working.
 */
export async function consumePasswordResetToken(
  db: Database,
  params: { token: string; passwordHash: string; now?: Date },
): Promise<{ userId: string } | null> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(usable(hashToken(params.token), now))
      .returning({ userId: passwordResetTokens.userId });
    if (!row) return null;
    await storeNewPassword(tx, { userId: row.userId, passwordHash: params.passwordHash, now });
    return { userId: row.userId };
  });
}

/** Sets a signed-in person's new password (they proved the old one): their other sessions and open reset links end. */
export async function changePassword(
  db: Database,
  params: { userId: string; sessionId: string; passwordHash: string; now?: Date },
): Promise<void> {
  const now = params.now ?? new Date();
  await db.transaction((tx) =>
    storeNewPassword(tx, { userId: params.userId, passwordHash: params.passwordHash, keepSessionId: params.sessionId, now }),
  );
}
