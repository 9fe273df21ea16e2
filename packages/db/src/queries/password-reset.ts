import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { passwordResetTokens, sessions, users } from "../schema";
import { hashToken } from "./tokens";

export const PASSWORD_RESET_VALIDITY_MINUTES = 60;

export async function createPasswordResetToken(db: Database, userId: string, tokenHash: string, now: Date = new Date()) {
  await db.insert(passwordResetTokens).values({
    userId,
    tokenHash,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALIDITY_MINUTES * 60_000),
  });
}

/**
 * Uses a reset token once and sets the new password; null when unknown, used or expired. Every open
 * session of the account ends with it: whoever knew the old password is signed out.
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
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(params.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!row) return null;
    await tx.update(users).set({ passwordHash: params.passwordHash }).where(eq(users.id, row.userId));
    await tx.delete(sessions).where(eq(sessions.userId, row.userId));
    return { userId: row.userId };
  });
}
