import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { createCluster, createMembership, createOrganisation, createUser } from "../testing/factories";
import { createTestDatabase } from "../testing/test-db";
import { acceptInvitation, createInvitation, findInvitationByToken, INVITATION_VALIDITY_DAYS, listInvitations } from "./invitations";
import { loadRoleAssignments } from "./roles";
import { createToken } from "./tokens";
import { findUserByEmail } from "./users";

let handle: DatabaseHandle;
let clusterId: string;
let organisationId: string;
let managerId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  const cluster = await createCluster(handle.db);
  const organisation = await createOrganisation(handle.db);
  await createMembership(handle.db, { organisationId: organisation.id, clusterId: cluster.id });
  clusterId = cluster.id;
  organisationId = organisation.id;
  managerId = (await createUser(handle.db)).id;
});
afterAll(async () => handle.close());

const sentAt = new Date("2026-11-01T09:00:00Z");
async function invite(email: string) {
  const { token, tokenHash } = createToken();
  await createInvitation(handle.db, { email, name: null, clusterId, organisationId, invitedBy: managerId, tokenHash, now: sentAt });
  return token;
}

describe("invitation tokens", () => {
  it(`are valid for ${INVITATION_VALIDITY_DAYS} days and refused after`, async () => {
    const token = await invite("late@test.example");
    const justBefore = new Date(sentAt.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000 - 1000);
    const after = new Date(sentAt.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000 + 1000);
    expect((await findInvitationByToken(handle.db, token, justBefore))?.state).toBe("pending");
    expect((await findInvitationByToken(handle.db, token, after))?.state).toBe("expired");
    expect(await acceptInvitation(handle.db, { token, name: "Late", passwordHash: "h", now: after })).toBeNull();
    // Nothing changed: no account, the invitation still unaccepted.
    expect(await findUserByEmail(handle.db, "late@test.example")).toBeNull();
    expect((await findInvitationByToken(handle.db, token, justBefore))?.state).toBe("pending");
  });

  it("work once; the second use changes nothing", async () => {
    const token = await invite("Once@Test.example");
    const first = await acceptInvitation(handle.db, { token, name: "Once", passwordHash: "first-hash", now: sentAt });
    expect(first?.clusterId).toBe(clusterId);
    expect(await acceptInvitation(handle.db, { token, name: "Twice", passwordHash: "second-hash", now: sentAt })).toBeNull();
    const user = await findUserByEmail(handle.db, "once@test.example");
    expect(user).toMatchObject({ name: "Once", passwordHash: "first-hash" });
    expect(await loadRoleAssignments(handle.db, user?.id ?? "")).toHaveLength(1);
  });

  it("for an existing account add the role and keep its password", async () => {
    const existing = await createUser(handle.db, { email: "existing@test.example", passwordHash: "kept" });
    const token = await invite("existing@test.example");
    await acceptInvitation(handle.db, { token, name: "Ignored", passwordHash: "new", now: sentAt });
    expect((await findUserByEmail(handle.db, existing.email))?.passwordHash).toBe("kept");
    expect(await loadRoleAssignments(handle.db, existing.id)).toEqual([expect.objectContaining({ kind: "member", organisationId })]);
  });

  it("are listed per cluster with their state", async () => {
    const page = await listInvitations(handle.db, { clusterId, now: sentAt });
    expect(page.items.map((item) => item.state).sort()).toEqual(["accepted", "accepted", "pending"]);
    const other = await createCluster(handle.db);
    expect((await listInvitations(handle.db, { clusterId: other.id })).total).toBe(0);
  });
});
