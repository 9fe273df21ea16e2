import { hashPassword, verifyPassword } from "@clusterwerk/auth/password";
import { createPasswordResetToken, createSession, createToken, findUserByEmail, isSessionValid } from "@clusterwerk/db";
import { mailOutbox, passwordResetTokens } from "@clusterwerk/db/schema";
import { createUser } from "@clusterwerk/db/testing/factories";
import { validationMessages } from "@clusterwerk/validators";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { backgroundSettled, type Deferred } from "../background";
import { LIMITS } from "../limits";
import { failure } from "../test/failure";
import { callAs, callInSession, setUpWorld, WORLD_PASSWORD } from "../test/world";
import { appRouter } from "../root";
import { createCallerFactory, createContext } from "../trpc";

const ctx = setUpWorld();
const createCaller = createCallerFactory(appRouter);

async function mailsTo(email: string) {
  await backgroundSettled();
  return ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
}

async function accountWithResetLinks(count: number) {
  const user = await createUser(ctx.db, { passwordHash: await hashPassword(WORLD_PASSWORD) });
  const tokens: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { token, tokenHash } = createToken();
    await createPasswordResetToken(ctx.db, user.id, tokenHash);
    tokens.push(token);
  }
  return { user, tokens };
}

describe("password reset request: the same work before the answer for known and unknown addresses", () => {
  it("looks the account up, makes the token and mails only after answering (deferred), for either address", async () => {
    const user = await createUser(ctx.db, { passwordHash: "unused" });
    const deferred: Deferred[] = [];
    const caller = createCaller(createContext({ db: ctx.db, session: null, ip: "198.51.100.90", defer: (task) => deferred.push(task) }));

    expect(await caller.account.requestPasswordReset({ email: user.email })).toEqual({ ok: true });
    expect(await caller.account.requestPasswordReset({ email: "no-such-person@test.example" })).toEqual({ ok: true });
    // Both answers came before anything that depends on the account existing.
    expect(deferred).toHaveLength(2);
    expect(await ctx.db.$count(passwordResetTokens, eq(passwordResetTokens.userId, user.id))).toBe(0);
    expect(await mailsTo(user.email)).toHaveLength(0);

    for (const task of deferred) await task();
    expect(await ctx.db.$count(passwordResetTokens, eq(passwordResetTokens.userId, user.id))).toBe(1);
    expect(await mailsTo(user.email)).toHaveLength(1);
    expect(await mailsTo("no-such-person@test.example")).toHaveLength(0);
  });
});

describe("reset links after a reset or a password change", () => {
  it("a reset makes the account's older reset links unusable", async () => {
    const { tokens } = await accountWithResetLinks(2);
    await callAs(ctx.db, null, "account.resetPassword", { token: tokens[1], password: "first-new-password-2026" });
    const older = await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "second-new-password-26" }));
    expect(older).toMatchObject({ code: "BAD_REQUEST", message: "tokenInvalid" });
  });

  it("a password change makes open reset links unusable, ends the other sessions and keeps the own", async () => {
    const { user, tokens } = await accountWithResetLinks(1);
    const [own, other] = [await createSession(ctx.db, user.id), await createSession(ctx.db, user.id)];
    await callInSession(ctx.db, own, "account.changePassword", { currentPassword: WORLD_PASSWORD, password: "changed-password-2026" });
    expect(await isSessionValid(ctx.db, own)).toBe(true);
    expect(await isSessionValid(ctx.db, other)).toBe(false);
    const link = await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "taken-over-password-1" }));
    expect(link.message).toBe("tokenInvalid");
    const changed = await findUserByEmail(ctx.db, user.email);
    expect(await verifyPassword(changed?.passwordHash ?? "", "changed-password-2026")).toBe(true);
  });

  it("a password change needs the current password (a field error otherwise) and changes nothing without it", async () => {
    const { user } = await accountWithResetLinks(0);
    const refused = await failure(
      callAs(ctx.db, user.id, "account.changePassword", { currentPassword: "not-the-password", password: "changed-password-2026" }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "currentPassword", fieldMessage: validationMessages.currentPasswordWrong });
    const unchanged = await findUserByEmail(ctx.db, user.email);
    expect(await verifyPassword(unchanged?.passwordHash ?? "", WORLD_PASSWORD)).toBe(true);
    expect(await mailsTo(user.email)).toHaveLength(0);
  });

  it(`password changes are limited to ${LIMITS.changePerAccount.limit} per account in ${LIMITS.changePerAccount.windowSeconds / 60} minutes`, async () => {
    const { user } = await accountWithResetLinks(0);
    for (let attempt = 0; attempt < LIMITS.changePerAccount.limit; attempt += 1) {
      await failure(
        callAs(ctx.db, user.id, "account.changePassword", { currentPassword: "wrong-guess", password: "changed-password-2026" }),
      );
    }
    const limited = await failure(
      callAs(ctx.db, user.id, "account.changePassword", { currentPassword: WORLD_PASSWORD, password: "changed-password-2026" }),
    );
    expect(limited).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "tooManyAttempts" });
  });
});

describe("a notice on every password change", () => {
  it("a reset mails the account that its password changed, with no link that carries a token", async () => {
    const { user, tokens } = await accountWithResetLinks(1);
    await callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "noticed-password-2026" });
    const mails = await mailsTo(user.email);
    expect(mails.map((mail) => mail.subject)).toEqual(["Clusterwerk: Passwort geändert / password changed"]);
    expect(mails[0]?.text).not.toMatch(/reset-password|invitation/);
  });

  it("a change by the signed-in person mails the same notice", async () => {
    const { user } = await accountWithResetLinks(0);
    await callAs(ctx.db, user.id, "account.changePassword", { currentPassword: WORLD_PASSWORD, password: "noticed-password-2027" });
    expect((await mailsTo(user.email)).map((mail) => mail.subject)).toEqual(["Clusterwerk: Passwort geändert / password changed"]);
  });
});

describe("password rules (OWASP ASVS 4.0.3 V2.1.1, V2.1.7)", () => {
  it("refuses fewer than 12 characters on the field, for a reset and an invitation", async () => {
    const { tokens } = await accountWithResetLinks(1);
    const reset = await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "eleven-char" }));
    expect(reset).toMatchObject({ code: "BAD_REQUEST", field: "password", fieldMessage: validationMessages.passwordTooWeak });
    const { token } = await ctx.world.invitation();
    const accept = await failure(callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Short", password: "eleven-char" }));
    expect(accept).toMatchObject({ field: "password", fieldMessage: validationMessages.passwordTooWeak });
  });

  it("refuses a breached password on the field and keeps the link usable", async () => {
    const { tokens } = await accountWithResetLinks(1);
    for (const password of ["qwertyuiop123", "Sunshine2026!!"]) {
      const refused = await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password }));
      expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "password", fieldMessage: validationMessages.passwordBreached });
    }
    expect(await callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "plum-orbit-ledger-42" })).toEqual({
      ok: true,
    });
  });

  it("refuses a breached password when accepting an invitation and on a change", async () => {
    const { token } = await ctx.world.invitation();
    const accept = await failure(callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Breached", password: "1q2w3e4r5t6y" }));
    expect(accept.fieldMessage).toBe(validationMessages.passwordBreached);
    const { user } = await accountWithResetLinks(0);
    const change = await failure(
      callAs(ctx.db, user.id, "account.changePassword", { currentPassword: WORLD_PASSWORD, password: "password123456" }),
    );
    expect(change.fieldMessage).toBe(validationMessages.passwordBreached);
  });
});

describe("limits on unauthenticated expensive work", () => {
  it("an unknown reset link is refused before the new password is looked at (no hash, no breach check)", async () => {
    // A breached password would be a field error if it were checked before the link.
    const refused = await failure(callAs(ctx.db, null, "account.resetPassword", { token: "u".repeat(43), password: "password123456" }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "tokenInvalid", field: undefined });
  });

  it(`reset attempts are limited per client address (${LIMITS.resetPerIp.limit} an hour)`, async () => {
    const caller = createCaller(createContext({ db: ctx.db, session: null, ip: "203.0.113.61" }));
    for (let attempt = 0; attempt < LIMITS.resetPerIp.limit; attempt += 1) {
      await failure(caller.account.resetPassword({ token: `guess-${attempt}`.padEnd(43, "x"), password: "guessing-password-1" }));
    }
    const { tokens } = await accountWithResetLinks(1);
    const limited = await failure(caller.account.resetPassword({ token: tokens[0] ?? "", password: "guessing-password-1" }));
    expect(limited).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "tooManyAttempts" });
  });

  it(`one reset link is tried at most ${LIMITS.resetPerToken.limit} times an hour`, async () => {
    const { tokens } = await accountWithResetLinks(1);
    for (let attempt = 0; attempt < LIMITS.resetPerToken.limit; attempt += 1) {
      await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "qwertyuiop123" }));
    }
    const limited = await failure(callAs(ctx.db, null, "account.resetPassword", { token: tokens[0], password: "plum-orbit-ledger-43" }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
  });

  it(`invitation acceptances are limited per client address (${LIMITS.acceptPerIp.limit} an hour)`, async () => {
    const caller = createCaller(createContext({ db: ctx.db, session: null, ip: "203.0.113.62" }));
    for (let attempt = 0; attempt < LIMITS.acceptPerIp.limit; attempt += 1) {
      await failure(
        caller.account.acceptInvitation({ token: `guess-${attempt}`.padEnd(43, "x"), name: "G", password: "guessing-password-1" }),
      );
    }
    const { token } = await ctx.world.invitation();
    const limited = await failure(caller.account.acceptInvitation({ token, name: "G", password: "plum-orbit-ledger-44" }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
  });

  it(`reset mails are limited per client address (${LIMITS.resetRequestPerIp.limit} requests an hour), answering the same`, async () => {
    const user = await createUser(ctx.db, { passwordHash: "unused" });
    const caller = createCaller(createContext({ db: ctx.db, session: null, ip: "203.0.113.63" }));
    for (let attempt = 0; attempt < LIMITS.resetRequestPerIp.limit; attempt += 1) {
      await caller.account.requestPasswordReset({ email: `someone-${attempt}@test.example` });
    }
    expect(await caller.account.requestPasswordReset({ email: user.email })).toEqual({ ok: true });
    expect(await mailsTo(user.email)).toHaveLength(0);
  });
});
