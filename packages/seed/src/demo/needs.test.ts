import { type Database, type DatabaseHandle, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { needCategories } from "@clusterwerk/scoring/domain";
import { asc, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const now = new Date("2026-03-15T09:00:00Z");
const handles: DatabaseHandle[] = [];

async function seeded(): Promise<Database> {
  const handle = await createTestDatabase();
  handles.push(handle);
  await seedDemo(handle.db, { now });
  return handle.db;
}

/** The needs demo without generated ids, in a stable order. */
async function needsDemo(db: Database) {
  const needs = await db
    .select({
      category: schema.needs.category,
      title: schema.needs.title,
      importance: schema.needs.importance,
      status: schema.needs.status,
      visibility: schema.needs.visibility,
      createdAt: schema.needs.createdAt,
      fromCampaign: isNotNull(schema.needs.campaignId),
    })
    .from(schema.needs)
    .orderBy(asc(schema.needs.createdAt), asc(schema.needs.title), asc(schema.needs.importance));
  const campaigns = await db
    .select({
      title: schema.campaigns.title,
      opensOn: schema.campaigns.opensOn,
      closesOn: schema.campaigns.closesOn,
      categories: schema.campaigns.categories,
    })
    .from(schema.campaigns)
    .orderBy(asc(schema.campaigns.opensOn));
  return { needs, campaigns };
}

let first: Database;
beforeAll(async () => {
  first = await seeded();
}, 120_000);
afterAll(async () => Promise.all(handles.map((handle) => handle.close())));

describe("needs demo", () => {
  it("registers about a hundred needs of every category with varied importance, status and visibility", async () => {
    const { needs } = await needsDemo(first);
    expect(needs.length).toBeGreaterThanOrEqual(80);
    expect(needs.length).toBeLessThanOrEqual(120);
    expect(new Set(needs.map((need) => need.category))).toEqual(new Set(needCategories));
    expect(new Set(needs.map((need) => need.importance)).size).toBe(5);
    expect(new Set(needs.map((need) => need.status)).size).toBe(4);
    expect(new Set(needs.map((need) => need.visibility)).size).toBe(3);
  });

  it("has a closed previous campaign and a current one, both with answers in the register", async () => {
    const { needs, campaigns } = await needsDemo(first);
    const today = now.toISOString().slice(0, 10);
    expect(campaigns).toHaveLength(2);
    const [previous, current] = campaigns;
    expect(previous && previous.closesOn < today).toBe(true);
    expect(current && current.opensOn <= today && today <= current.closesOn).toBe(true);
    expect(needs.filter((need) => need.fromCampaign).length).toBeGreaterThan(20);
    const answered = await first.select().from(schema.campaignInvitees).where(isNotNull(schema.campaignInvitees.respondedAt));
    expect(new Set(answered.map((row) => row.campaignId)).size).toBe(2);
  });

  it("keeps a status history for every need, starting with its opening", async () => {
    const history = await first.select().from(schema.needStatusChanges);
    const needs = await first.select({ id: schema.needs.id, status: schema.needs.status }).from(schema.needs);
    for (const need of needs) {
      const entries = history.filter((entry) => entry.needId === need.id).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(entries[0]?.toStatus).toBe("open");
      expect(entries.at(-1)?.toStatus).toBe(need.status);
    }
  });

  it("is deterministic: the same `now` gives the same needs and campaigns", async () => {
    expect(await needsDemo(await seeded())).toEqual(await needsDemo(first));
  }, 120_000);
});
