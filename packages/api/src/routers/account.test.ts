import { findUserByEmail, listOutbox, loadRoleAssignments } from "@clusterwerk/db";
import { createUser } from "@clusterwerk/db/testing/factories";
import { verifyPassword } from "@clusterwerk/auth/password";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { backgroundSettled } from "../background";
import { callAs, setUpWorld } from "../test/world";

const ctx = setUpWorld();

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The link a mail to `email` carries, from the outbox. */
async function linkMailedTo(email: string): Promise<string | null> {
  const page = await listOutbox(ctx.db, { limit: 100 });
  const mail = page.items.find((item) => item.to === email);
  return mail?.text.match(/https?:\/\/\S+/)?.[0] ?? null;
}

describe("password reset", () => {
  it("mails a single-use link for a known account and nothing for an unknown one, answering the same", async () => {
    const user = await createUser(ctx.db, { passwordHash: "unused" });
    const known = await callAs(ctx.db, null, "account.requestPasswordReset", { email: user.email.toUpperCase() });
    const unknown = await callAs(ctx.db, null, "account.requestPasswordReset", { email: "nobody-here@test.example" });
    expect(known).toEqual(unknown);
    await backgroundSettled();
    expect(await linkMailedTo("nobody-here@test.example")).toBeNull();
    const link = await linkMailedTo(user.email);
    const token = link?.split("/reset-password/")[1];
    expect(token).toBeTruthy();

    await callAs(ctx.db, null, "account.resetPassword", { token, password: "a-brand-new-password" });
    const changed = await findUserByEmail(ctx.db, user.email);
    expect(await verifyPassword(changed?.passwordHash ?? "", "a-brand-new-password")).toBe(true);

    const reused = await failure(callAs(ctx.db, null, "account.resetPassword", { token, password: "another-password-12" }));
    expect(reused.code).toBe("BAD_REQUEST");
    expect(reused.message).toBe("tokenInvalid");
  });

  it("sends at most 5 reset mails per address and hour, answering the same beyond", async () => {
    const user = await createUser(ctx.db, { passwordHash: "unused" });
    for (let request = 0; request < 7; request += 1) {
      expect(await callAs(ctx.db, null, "account.requestPasswordReset", { email: user.email })).toEqual({ ok: true });
    }
    await backgroundSettled();
    const mails = (await listOutbox(ctx.db, { limit: 100 })).items.filter((item) => item.to === user.email);
    expect(mails).toHaveLength(5);
  });

  it("rejects a too short password with a field error and keeps the token usable", async () => {
    const token = await ctx.world.resetToken();
    const error = await failure(callAs(ctx.db, null, "account.resetPassword", { token, password: "short" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toBeInstanceOf(ZodError);
    expect(await callAs(ctx.db, null, "account.resetPassword", { token, password: "long-enough-now" })).toEqual({ ok: true });
  });
});

describe("invitations", () => {
  it("accepting creates the account with the member role, once", async () => {
    const { token } = await ctx.world.invitation();
    const info = (await callAs(ctx.db, null, "account.invitation", { token })) as { email: string; state: string };
    expect(info.state).toBe("pending");
    await callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Erika Muster", password: "erikas-password" });
    const user = await findUserByEmail(ctx.db, info.email);
    expect(user?.name).toBe("Erika Muster");
    const roles = await loadRoleAssignments(ctx.db, user?.id ?? "");
    expect(roles).toEqual([
      expect.objectContaining({ kind: "member", clusterId: ctx.world.clusterA.id, organisationId: ctx.world.orgA.id }),
    ]);

    const again = await failure(
      callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Erika Muster", password: "erikas-password" }),
    );
    expect(again.message).toBe("tokenAccepted");
  });

  it("a revoked invitation cannot be accepted", async () => {
    const { id, token } = await ctx.world.invitation();
    await callAs(ctx.db, ctx.world.users.manager, "invitation.revoke", { clusterId: ctx.world.clusterA.id, invitationId: id });
    const error = await failure(callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Too Late", password: "some-password" }));
    expect(error.message).toBe("tokenRevoked");
  });

  it("an unknown token is BAD_REQUEST and a malformed one fails validation", async () => {
    expect(
      (await failure(callAs(ctx.db, null, "account.acceptInvitation", { token: "x".repeat(43), name: "A", password: "some-password" })))
        .message,
    ).toBe("tokenInvalid");
    expect((await failure(callAs(ctx.db, null, "account.invitation", { token: "short" }))).code).toBe("BAD_REQUEST");
  });

  it("an invalid email is a field error and nothing is sent", async () => {
    const before = (await listOutbox(ctx.db, { limit: 100 })).total;
    const error = await failure(
      callAs(ctx.db, ctx.world.users.manager, "invitation.create", {
        clusterId: ctx.world.clusterA.id,
        organisationId: ctx.world.orgA.id,
        email: "not-an-email",
        name: "X",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause instanceof ZodError && error.cause.issues[0]?.path).toEqual(["email"]);
    expect((await listOutbox(ctx.db, { limit: 100 })).total).toBe(before);
  });

  it("a manager cannot invite for an organisation outside the cluster", async () => {
    const error = await failure(
      callAs(ctx.db, ctx.world.users.manager, "invitation.create", {
        clusterId: ctx.world.clusterA.id,
        organisationId: ctx.world.orgB.id,
        email: "a@test.example",
        name: "X",
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});
