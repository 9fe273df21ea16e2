import { type DatabaseHandle } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { createUser } from "@clusterwerk/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, verifyCredentials } from "./credentials";
import { hashPassword } from "./password";

let handle: DatabaseHandle;
let passwordHash: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  passwordHash = await hashPassword("correct-horse-battery");
});
afterAll(async () => handle.close());

describe("sign-in with email and password", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const user = await createUser(handle.db, { passwordHash });
    expect(
      await verifyCredentials(handle.db, { email: user.email.toUpperCase(), password: "correct-horse-battery", ip: "10.0.0.1" }),
    ).toEqual({ ok: true, userId: user.id });
  });

  it("answers an unknown email exactly like a wrong password (no enumeration)", async () => {
    const user = await createUser(handle.db, { passwordHash });
    const wrong = await verifyCredentials(handle.db, { email: user.email, password: "wrong", ip: null });
    const unknown = await verifyCredentials(handle.db, { email: "nobody@test.example", password: "wrong", ip: null });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("an invited account without a password cannot sign in", async () => {
    const user = await createUser(handle.db, { passwordHash: null });
    expect(await verifyCredentials(handle.db, { email: user.email, password: "", ip: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`is rate-limited per account after ${SIGN_IN_LIMITS.perAccount} attempts, even with the right password`, async () => {
    const user = await createUser(handle.db, { passwordHash });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount; attempt += 1) {
      expect((await verifyCredentials(handle.db, { email: user.email, password: "wrong", ip: null })).ok).toBe(false);
    }
    expect(await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip: null })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
  });

  it(`is rate-limited per IP after ${SIGN_IN_LIMITS.perIp} attempts across accounts`, async () => {
    const ip = "192.0.2.77";
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp; attempt += 1) {
      await verifyCredentials(handle.db, { email: `probe-${attempt}@test.example`, password: "wrong", ip });
    }
    const user = await createUser(handle.db, { passwordHash });
    expect(await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect((await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip: "192.0.2.78" })).ok).toBe(true);
  });
});
