import { createSession, type Database, endSession, type SessionRef } from "@clusterwerk/db";

/** What the session token (JWT) carries: the user and the server-side session row it was issued for. */
export interface SessionClaims {
  sub: string;
  sid: string;
}

/** At sign-in: a session row with an absolute expiry, named by the token from now on. */
export async function startSession(db: Database, userId: string): Promise<SessionClaims> {
  const session = await createSession(db, userId);
  return { sub: session.userId, sid: session.sessionId };
}

/** The session a decoded token names, or null (a guest, or a token issued before sessions had rows). */
export function sessionRefOf(token: Record<string, unknown> | null | undefined): SessionRef | null {
  const userId = token?.sub;
  const sessionId = token?.sid;
  return typeof userId === "string" && typeof sessionId === "string" ? { userId, sessionId } : null;
}

/** Sign-out: the token's session row goes, so the token no longer opens anything even if it was kept. */
export async function endTokenSession(db: Database, token: Record<string, unknown> | null | undefined): Promise<void> {
  const ref = sessionRefOf(token);
  if (ref) await endSession(db, ref.sessionId);
}
