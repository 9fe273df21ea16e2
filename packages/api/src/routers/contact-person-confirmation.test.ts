import { findUserById, loadRoleAssignments, schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { TRPCError } from "@trpc/server";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callAs, setUpWorld } from "../test/world";

const ctx = setUpWorld();

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code} ${error.message}`;
    throw error;
  }
}

/** The invitation link's token in the newest mail to `email`, or null when none was mailed. */
async function mailedToken(email: string): Promise<string | null> {
  const [mail] = await ctx.db
    .select()
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.to, email))
    .orderBy(desc(schema.mailOutbox.createdAt))
    .limit(1);
  return mail?.text.match(/\/invitation\/(\S+)/)?.[1] ?? null;
}

type Created = { id: string; email: string; state: string };
const invite = (userId: string, clusterId: string, organisationId: string, email: string) =>
  callAs(ctx.db, userId, "invitation.create", { clusterId, organisationId, email, name: "Invitee" }) as Promise<Created>;
const accept = (token: string) => callAs(ctx.db, null, "account.acceptInvitation", { token, name: "Invitee", password: "a-long-password" });

describe("contact persons of a shared organisation need confirmation (docs/DOMAIN.md §1)", () => {
  it("a manager cannot add themself or anyone else as contact person of an organisation with an existing contact person without that person's confirmation", async () => {
    const { users, clusterA, orgA } = ctx.world;
    const manager = await findUserById(ctx.db, users.manager);
    if (!manager) throw new Error("setup");
    const own = await invite(users.manager, clusterA.id, orgA.id, manager.email);
    const other = await invite(users.manager, clusterA.id, orgA.id, "someone.else@test.example");
    expect([own.state, other.state]).toEqual(["awaitingConfirmation", "awaitingConfirmation"]);
    // Nothing was mailed to the invitees, so there is no link to accept; the contact person is asked instead.
    expect(await mailedToken(manager.email)).toBeNull();
    expect(await mailedToken("someone.else@test.example")).toBeNull();
    expect(await loadRoleAssignments(ctx.db, users.manager)).toEqual([expect.objectContaining({ kind: "manager" })]);
    // The manager cannot confirm (no contact person), nor can a contact person of another organisation.
    expect(await codeOf(callAs(ctx.db, users.manager, "invitation.confirm", { invitationId: own.id }))).toMatch(/^FORBIDDEN/);
    const stranger = await createUser(ctx.db);
    await grantRole(ctx.db, stranger.id, { kind: "member", clusterId: ctx.world.clusterB.id, organisationId: ctx.world.orgB.id });
    expect(await codeOf(callAs(ctx.db, stranger.id, "invitation.confirm", { invitationId: own.id }))).toMatch(/^NOT_FOUND/);

    // The existing contact person sees both, declines one and confirms the other.
    const pending = (await callAs(ctx.db, users.member, "invitation.confirmations", { organisationId: orgA.id })) as {
      items: { id: string }[];
    };
    expect(pending.items.map((item) => item.id)).toEqual(expect.arrayContaining([own.id, other.id]));
    await callAs(ctx.db, users.member, "invitation.decline", { invitationId: other.id });
    await callAs(ctx.db, users.member, "invitation.confirm", { invitationId: own.id });
    expect(await mailedToken("someone.else@test.example")).toBeNull();

    // After confirmation the invitee gets a link, and accepting works.
    const token = await mailedToken(manager.email);
    if (!token) throw new Error("the confirmed invitation was not mailed");
    expect(await codeOf(accept(token))).toBe("OK");
    expect(await loadRoleAssignments(ctx.db, users.manager)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "member", clusterId: clusterA.id, organisationId: orgA.id })]),
    );
    const states = (await callAs(ctx.db, users.manager, "invitation.list", { clusterId: clusterA.id })) as {
      items: { id: string; state: string }[];
    };
    expect(states.items.find((item) => item.id === other.id)?.state).toBe("declined");
    expect(states.items.find((item) => item.id === own.id)?.state).toBe("accepted");
  });

  it("an invitation awaiting confirmation or declined cannot be accepted with its token", async () => {
    const awaiting = await ctx.world.invitation("A", true);
    expect(await codeOf(accept(awaiting.token))).toBe("BAD_REQUEST tokenAwaitingConfirmation");
    await callAs(ctx.db, ctx.world.users.admin, "invitation.decline", { invitationId: awaiting.id });
    expect(await codeOf(accept(awaiting.token))).toBe("BAD_REQUEST tokenDeclined");
    expect(await codeOf(callAs(ctx.db, ctx.world.users.admin, "invitation.confirm", { invitationId: awaiting.id }))).toBe(
      "BAD_REQUEST notAwaitingConfirmation",
    );
  });

  it("an organisation without a contact person that is also a member of another cluster needs the admin's confirmation", async () => {
    const shared = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: shared.id, clusterId: ctx.world.clusterA.id });
    await createMembership(ctx.db, { organisationId: shared.id, clusterId: ctx.world.clusterB.id, status: "applicant" });
    const created = await invite(ctx.world.users.manager, ctx.world.clusterA.id, shared.id, "first.contact@test.example");
    expect(created.state).toBe("awaitingConfirmation");
    const queue = (await callAs(ctx.db, ctx.world.users.admin, "invitation.confirmationQueue", {})) as { items: { id: string }[] };
    expect(queue.items.map((item) => item.id)).toContain(created.id);
    await callAs(ctx.db, ctx.world.users.admin, "invitation.confirm", { invitationId: created.id });
    const token = await mailedToken("first.contact@test.example");
    expect(token).not.toBeNull();
    expect(await codeOf(accept(token ?? ""))).toBe("OK");
  });

  it("the first contact person of an organisation in one cluster only is invited at once", async () => {
    const alone = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: alone.id, clusterId: ctx.world.clusterA.id });
    const created = await invite(ctx.world.users.manager, ctx.world.clusterA.id, alone.id, "alone@test.example");
    expect(created.state).toBe("pending");
    expect(await mailedToken("alone@test.example")).not.toBeNull();
  });

  it("nobody confirms an invitation they sent or that is addressed to them", async () => {
    const both = await createUser(ctx.db, { email: "manager.and.contact@test.example" });
    await grantRole(ctx.db, both.id, { kind: "manager", clusterId: ctx.world.clusterA.id });
    await grantRole(ctx.db, both.id, { kind: "member", clusterId: ctx.world.clusterA.id, organisationId: ctx.world.orgA.id });
    const sent = await invite(both.id, ctx.world.clusterA.id, ctx.world.orgA.id, "colleague@test.example");
    expect(await codeOf(callAs(ctx.db, both.id, "invitation.confirm", { invitationId: sent.id }))).toBe("FORBIDDEN confirmOwnInvitation");
    const toThem = await invite(ctx.world.users.manager, ctx.world.clusterA.id, ctx.world.orgA.id, both.email);
    expect(await codeOf(callAs(ctx.db, both.id, "invitation.confirm", { invitationId: toThem.id }))).toBe("FORBIDDEN confirmOwnInvitation");
    expect(await codeOf(callAs(ctx.db, ctx.world.users.member, "invitation.confirm", { invitationId: sent.id }))).toBe("OK");
  });
});
