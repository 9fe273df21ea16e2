import { type DatabaseHandle } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { createUser } from "@clusterwerk/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
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

  it(`failures from one address are still limited: refused after ${SIGN_IN_LIMITS.perIp} across accounts`, async () => {
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

  it("40 successful sign-ins from one address do not refuse the 41st", async () => {
    const ip = "198.51.100.40";
    const people = await Promise.all(Array.from({ length: 41 }, () => createUser(handle.db, { passwordHash })));
    for (const person of people) {
      expect(await verifyCredentials(handle.db, { email: person.email, password: "correct-horse-battery", ip })).toEqual({
        ok: true,
        userId: person.id,
      });
    }
  });

  it("a successful sign-in does not wash away the failures counted for its address", async () => {
    const ip = "198.51.100.41";
    const user = await createUser(handle.db, { passwordHash });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp - 1; attempt += 1) {
      await verifyCredentials(handle.db, { email: `guess-${attempt}@test.example`, password: "wrong", ip });
    }
    expect((await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip })).ok).toBe(true);
    await verifyCredentials(handle.db, { email: "one-more-guess@test.example", password: "wrong", ip });
    expect(await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
  });

  it("parallel wrong guesses on one account are all counted", async () => {
    const user = await createUser(handle.db, { passwordHash });
    const guesses = await Promise.all(
      Array.from({ length: 3 * SIGN_IN_LIMITS.perAccount }, () =>
        verifyCredentials(handle.db, { email: user.email, password: "wrong", ip: null }),
      ),
    );
    expect(guesses.filter((guess) => guess.ok === false && guess.reason === "invalid")).toHaveLength(SIGN_IN_LIMITS.perAccount);
  });

  it("spoofed x-forwarded-for does not escape the per-address limit behind one trusted proxy", async () => {
    // What the portal sees behind one reverse proxy: the client's own header, then the address the proxy
    // received the request from, then the proxy's address appended by the portal's server.
    const fromProxy = (spoofed: string) => new Headers({ "x-forwarded-for": `${spoofed}, 203.0.113.9, 10.0.0.2` });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp; attempt += 1) {
      const ip = clientAddress(fromProxy(`192.0.2.${attempt}`), 1);
      await verifyCredentials(handle.db, { email: `spoof-${attempt}@test.example`, password: "wrong", ip });
    }
    const user = await createUser(handle.db, { passwordHash });
    const ip = clientAddress(fromProxy("192.0.2.250"), 1);
    expect(ip).toBe("203.0.113.9");
    expect(await verifyCredentials(handle.db, { email: user.email, password: "correct-horse-battery", ip })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
  });
});

describe("the client address for per-address limits", () => {
  const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

  it("without trusted proxies is the connecting peer, whatever the client sent", () => {
    expect(clientAddress(forwardedFor("::ffff:127.0.0.1"), 0)).toBe("::ffff:127.0.0.1");
    expect(clientAddress(forwardedFor("6.6.6.6, 7.7.7.7, 198.51.100.7"), 0)).toBe("198.51.100.7");
  });

  it("skips one entry from the right per trusted proxy", () => {
    expect(clientAddress(forwardedFor("6.6.6.6,203.0.113.9, 10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientAddress(forwardedFor("6.6.6.6, 203.0.113.9, 10.0.0.3, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("takes the leftmost entry when fewer hops arrived than proxies are trusted, and none without the header", () => {
    expect(clientAddress(forwardedFor("198.51.100.7"), 2)).toBe("198.51.100.7");
    expect(clientAddress(new Headers(), 0)).toBeNull();
  });
});
