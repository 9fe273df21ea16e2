import { verifyPassword } from "@clusterwerk/auth/password";
import { type DatabaseHandle, findUserByEmail, loadRoleAssignments } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "./create-admin";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe("pnpm create-admin", () => {
  it("creates a platform admin who signs in with the given password", async () => {
    const result = await createAdmin(handle.db, { email: " Ops@Example.org ", password: "a long enough secret", name: "Ops" });
    expect(result).toMatchObject({ ok: true, email: "ops@example.org" });
    const user = await findUserByEmail(handle.db, "ops@example.org");
    if (!user?.passwordHash) throw new Error("no account");
    expect(await verifyPassword(user.passwordHash, "a long enough secret")).toBe(true);
    expect(await loadRoleAssignments(handle.db, user.id)).toEqual([{ kind: "admin" }]);
  });

  it("refuses an address that already has an account, and leaves that account as it is", async () => {
    const result = await createAdmin(handle.db, { email: "ops@example.org", password: "another long secret" });
    expect(result).toEqual({ ok: false, reason: "exists", detail: "ops@example.org" });
    const user = await findUserByEmail(handle.db, "ops@example.org");
    expect(user?.passwordHash && (await verifyPassword(user.passwordHash, "a long enough secret"))).toBe(true);
  });

  it.each([
    ["a password shorter than the shared rule", "second@example.org", "short", "invalidPassword"],
    ["a password with a NUL", "second@example.org", "long enough\u0000secret", "invalidPassword"],
    ["an invalid address", "not-an-address", "a long enough secret", "invalidEmail"],
  ])("refuses %s", async (_name, email, password, reason) => {
    expect(await createAdmin(handle.db, { email, password })).toMatchObject({ ok: false, reason });
    expect(await findUserByEmail(handle.db, email)).toBeNull();
  });
});
