import { endTokenSession } from "@clusterwerk/auth/session";
import {
  createPasswordResetToken,
  createSession,
  createToken,
  disableUser,
  SESSION_LIFETIME_SECONDS,
  type SessionRef,
} from "@clusterwerk/db";
import { createUser } from "@clusterwerk/db/testing/factories";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callInSession, setUpWorld } from "./test/world";

const ctx = setUpWorld();

/** What an admin procedure answers in this session: FORBIDDEN for a signed-in non-admin, UNAUTHORIZED for nobody. */
async function adminCall(session: SessionRef): Promise<string> {
  try {
    await callInSession(ctx.db, session, "admin.outbox", {});
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function signedInPerson() {
  const user = await createUser(ctx.db, { passwordHash: "x" });
  return { user, session: await createSession(ctx.db, user.id) };
}

describe("a session ends", () => {
  it("on sign-out: the token's session no longer opens anything", async () => {
    const { session } = await signedInPerson();
    expect(await callInSession(ctx.db, session, "account.me", undefined)).toEqual({ userId: session.userId, roles: [] });
    expect(await adminCall(session)).toBe("FORBIDDEN");
    await endTokenSession(ctx.db, { sub: session.userId, sid: session.sessionId });
    expect(await callInSession(ctx.db, session, "account.me", undefined)).toBeNull();
    expect(await adminCall(session)).toBe("UNAUTHORIZED");
  });

  it("on sign-out of one session only: the person's other sessions go on", async () => {
    const { user, session } = await signedInPerson();
    const other = await createSession(ctx.db, user.id);
    await endTokenSession(ctx.db, { sub: session.userId, sid: session.sessionId });
    expect(await callInSession(ctx.db, other, "account.me", undefined)).toEqual({ userId: user.id, roles: [] });
  });

  it("on password reset: every session of the account ends", async () => {
    const { user, session } = await signedInPerson();
    const other = await createSession(ctx.db, user.id);
    const { token, tokenHash } = createToken();
    await createPasswordResetToken(ctx.db, user.id, tokenHash);
    await callInSession(ctx.db, null, "account.resetPassword", { token, password: "a-brand-new-password" });
    expect(await callInSession(ctx.db, session, "account.me", undefined)).toBeNull();
    expect(await callInSession(ctx.db, other, "account.me", undefined)).toBeNull();
  });

  it("when the account is disabled", async () => {
    const { user, session } = await signedInPerson();
    await disableUser(ctx.db, user.id);
    expect(await callInSession(ctx.db, session, "account.me", undefined)).toBeNull();
    expect(await adminCall(session)).toBe("UNAUTHORIZED");
  });

  it(`at the latest ${SESSION_LIFETIME_SECONDS / 3600} hours after sign-in, however active`, async () => {
    const { user } = await signedInPerson();
    const justValid = await createSession(ctx.db, user.id, new Date(Date.now() - SESSION_LIFETIME_SECONDS * 1000 + 60_000));
    const expired = await createSession(ctx.db, user.id, new Date(Date.now() - SESSION_LIFETIME_SECONDS * 1000 - 1000));
    expect(await callInSession(ctx.db, justValid, "account.me", undefined)).toEqual({ userId: user.id, roles: [] });
    expect(await callInSession(ctx.db, expired, "account.me", undefined)).toBeNull();
  });

  it("for a token naming another person's session", async () => {
    const { session } = await signedInPerson();
    const { user: someoneElse } = await signedInPerson();
    expect(await callInSession(ctx.db, { userId: someoneElse.id, sessionId: session.sessionId }, "account.me", undefined)).toBeNull();
  });
});
