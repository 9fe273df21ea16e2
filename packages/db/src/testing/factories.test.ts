import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { listDirectory } from "../queries/directory";
import { loadRoleAssignments } from "../queries/roles";
import { createCluster, createMembership, createOrganisation, createUser, grantConsent, grantRole } from "./factories";
import { createTestDatabase } from "./test-db";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe("row factories", () => {
  it("make unique clusters, organisations and users on every call", async () => {
    const clusterRows = await Promise.all([createCluster(handle.db), createCluster(handle.db), createCluster(handle.db)]);
    const organisationRows = await Promise.all([createOrganisation(handle.db), createOrganisation(handle.db)]);
    const userRows = await Promise.all([createUser(handle.db), createUser(handle.db), createUser(handle.db)]);
    expect(new Set(clusterRows.map((c) => c.slug)).size).toBe(3);
    expect(new Set(organisationRows.map((o) => o.slug)).size).toBe(2);
    expect(new Set(userRows.map((u) => u.email)).size).toBe(3);
    expect(userRows.every((u) => u.passwordHash === null)).toBe(true);
  });

  it("apply overrides", async () => {
    const cluster = await createCluster(handle.db, { name: "Override Cluster", radiusKm: 70 });
    const organisation = await createOrganisation(handle.db, { category: "university", employees: null });
    const user = await createUser(handle.db, { email: "Someone@Example.Test", passwordHash: "hash" });
    expect(cluster).toMatchObject({ name: "Override Cluster", radiusKm: 70 });
    expect(organisation).toMatchObject({ category: "university", employees: null });
    expect(user).toMatchObject({ email: "someone@example.test", passwordHash: "hash" });
  });

  it("link memberships, consents and roles so the queries see them", async () => {
    const cluster = await createCluster(handle.db);
    const organisation = await createOrganisation(handle.db);
    const membership = await createMembership(handle.db, { organisationId: organisation.id, clusterId: cluster.id });
    expect(membership.status).toBe("active");
    await grantConsent(handle.db, organisation.id, "directory");
    const directory = await listDirectory(handle.db, { clusterId: cluster.id });
    expect(directory.items.map((o) => o.id)).toEqual([organisation.id]);

    const user = await createUser(handle.db);
    await grantRole(handle.db, user.id, { kind: "member", clusterId: cluster.id, organisationId: organisation.id });
    await grantRole(handle.db, user.id, { kind: "assessor" });
    const roles = await loadRoleAssignments(handle.db, user.id);
    expect(roles.map((r) => r.kind).sort()).toEqual(["assessor", "member"]);
  });
});
