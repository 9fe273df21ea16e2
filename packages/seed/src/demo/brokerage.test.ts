import { type DatabaseHandle, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const now = new Date("2026-01-15T09:00:00Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
});
afterAll(async () => handle.close());

describe("demo brokerage day (DOMAIN.md §5.5)", () => {
  it("has a published session with about 30 participants, requests, a locked meeting and a scheduled run", async () => {
    const [session] = await handle.db.select().from(schema.brokerageSessions);
    expect(session?.publishedAt).not.toBeNull();
    const requests = await handle.db.select().from(schema.brokerageRequests);
    expect(requests.length).toBeGreaterThanOrEqual(60);
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(["accepted", "declined", "pending"]));
    const meetings = await handle.db.select().from(schema.brokerageMeetings);
    expect(meetings.some((m) => m.mutual)).toBe(true);
    expect(meetings.filter((m) => m.locked)).toHaveLength(1);
    const [run] = await handle.db.select().from(schema.brokerageRuns);
    expect(run?.placed).toBe(meetings.filter((m) => m.slot !== null).length);
    expect(run?.placed).toBeGreaterThan(30);
  });
});
