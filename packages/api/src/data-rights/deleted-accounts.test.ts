import { verifyCredentials } from "@clusterwerk/auth/credentials";
import { accountStatus, acceptInvitation, createInvitation, createToken, disableUser, schema } from "@clusterwerk/db";
import { createUser } from "@clusterwerk/db/testing/factories";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** A fresh contact person of A1 who deletes their own account; returns who they were. */
async function deletedPerson() {
  const person = await ctx.world.freshPerson("member");
  const caller = await callerFor(ctx.db, person.userId);
  await caller.dataRights.deleteMyAccount({ confirmation: person.email, password: person.password });
  return { ...person, anonymisedEmail: `${person.userId}@anonymised.invalid` };
}

/** The status the admin's account list shows for an account found by `search`. */
async function listedStatus(search: string) {
  const admin = await ctx.as("admin");
  const page = await admin.admin.users({ search });
  return page.items.map((item) => item.status);
}

describe("account status (docs/DATA-RIGHTS.md)", () => {
  it("is derived anonymised before disabled before active before invited", () => {
    const now = new Date();
    expect(accountStatus({ anonymisedAt: now, disabledAt: now, hasPassword: false })).toBe("anonymised");
    expect(accountStatus({ anonymisedAt: null, disabledAt: now, hasPassword: true })).toBe("disabled");
    expect(accountStatus({ anonymisedAt: null, disabledAt: null, hasPassword: true })).toBe("active");
    expect(accountStatus({ anonymisedAt: null, disabledAt: null, hasPassword: false })).toBe("invited");
  });

  it("the admin's account list shows a deleted account as anonymised, not invited, and a disabled one as disabled", async () => {
    const deleted = await deletedPerson();
    expect(await listedStatus(deleted.userId)).toEqual(["anonymised"]);
    const disabled = await ctx.world.freshPerson("noRole");
    await disableUser(ctx.db, disabled.userId);
    expect(await listedStatus(disabled.email)).toEqual(["disabled"]);
    const live = await ctx.world.freshPerson("noRole");
    expect(await listedStatus(live.email)).toEqual(["active"]);
    const invited = await createUser(ctx.db);
    expect(await listedStatus(invited.email)).toEqual(["invited"]);
  });
});

describe("an anonymised account never comes back (docs/DATA-RIGHTS.md)", () => {
  it("a manager cannot invite its address, and nothing is written", async () => {
    const deleted = await deletedPerson();
    const manager = await ctx.as("manager");
    const refused = await failure(
      manager.invitation.create({
        clusterId: ctx.world.clusterA.id,
        organisationId: ctx.world.orgA.id,
        email: deleted.anonymisedEmail,
        name: "Wieder da",
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "accountAnonymised" });
    const open = await ctx.db.$count(
      schema.invitations,
      and(eq(schema.invitations.email, deleted.anonymisedEmail), eq(schema.invitations.name, "Wieder da")),
    );
    expect(open).toBe(0);
  });

  it("an invitation to its address cannot be accepted: no password, no name, no role, no sign-in", async () => {
    const deleted = await deletedPerson();
    const { token, tokenHash } = createToken();
    await createInvitation(ctx.db, {
      email: deleted.anonymisedEmail,
      name: "Wieder da",
      clusterId: ctx.world.clusterA.id,
      organisationId: ctx.world.orgA.id,
      invitedBy: ctx.world.users.manager,
      tokenHash,
    });
    expect(await acceptInvitation(ctx.db, { token, name: "Wieder da", passwordHash: "hash" })).toBeNull();
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, deleted.userId));
    expect(user).toMatchObject({ name: null, passwordHash: null });
    expect(await ctx.db.$count(schema.roleAssignments, eq(schema.roleAssignments.userId, deleted.userId))).toBe(0);
    for (const email of [deleted.email, deleted.anonymisedEmail]) {
      expect(await verifyCredentials(ctx.db, { email, password: deleted.password, ip: null })).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
