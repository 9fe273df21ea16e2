import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { createTestDatabase } from "../testing/test-db";
import { hitRateLimit, releaseRateLimit, resetRateLimit } from "./rate-limit";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe("fixed-window rate limit in the database", () => {
  it("allows `limit` hits per window, refuses the next, and starts over after the window", async () => {
    const start = new Date("2026-11-27T10:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await hitRateLimit(handle.db, "k:window", 3, 60, at(i)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect((await hitRateLimit(handle.db, "k:window", 3, 60, at(61))).allowed).toBe(true);
  });

  it("counts concurrent hits exactly (one atomic upsert each)", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(handle.db, "k:concurrent", 5, 60, now)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("is forgotten on reset", async () => {
    for (let i = 0; i < 3; i += 1) await hitRateLimit(handle.db, "k:reset", 2, 60);
    await resetRateLimit(handle.db, "k:reset");
    expect((await hitRateLimit(handle.db, "k:reset", 2, 60)).count).toBe(1);
  });

  it("takes back a released hit, but only in the window it was counted in", async () => {
    const start = new Date("2026-11-27T10:00:00Z");
    const first = await hitRateLimit(handle.db, "k:release", 3, 60, start);
    await hitRateLimit(handle.db, "k:release", 3, 60, start);
    await releaseRateLimit(handle.db, "k:release", first.windowStart);
    expect((await hitRateLimit(handle.db, "k:release", 3, 60, start)).count).toBe(2);
    const later = new Date(start.getTime() + 61_000);
    expect((await hitRateLimit(handle.db, "k:release", 3, 60, later)).count).toBe(1);
    await releaseRateLimit(handle.db, "k:release", first.windowStart);
    expect((await hitRateLimit(handle.db, "k:release", 3, 60, later)).count).toBe(2);
  });
});
