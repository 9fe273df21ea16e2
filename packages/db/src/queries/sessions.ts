import { and, eq, gt, isNull, lte } from "drizzle-orm";
import type { Database } from "../client";
import { sessions, users } from "../schema";

/** Absolute lifetime of a sign-in: it ends this long after signing in, however active the person is. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

/** The session a signed session token names: its row id and the user it was issued to. */
export interface SessionRef {
  userId: string;
  sessionId: string;
}

/** Starts a session at sign-in; the user's expired sessions are cleared on the way. */
export async function createSession(db: Database, userId: string, now: Date = new Date()): Promise<SessionRef> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now)));
  const [row] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000) })
    .returning({ id: sessions.id });
  if (!row) throw new Error("insert into sessions returned no row");
  return { userId, sessionId: row.id };
}

/** Whether the session still holds: its row exists for that user, has not expired, and the account is not disabled. */
export async function isSessionValid(db: Database, ref: SessionRef, now: Date = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, ref.sessionId), eq(sessions.userId, ref.userId), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  return row !== undefined;
}

/** Sign-out: this one session ends. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Every session of the user ends, e.g. after a password reset. */
export async function endUserSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Disables an account: it can no longer sign in, and its open sessions end at once. */
export async function disableUser(db: Database, userId: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ disabledAt: now }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}
