import { type DatabaseHandle, findClusterBySlug, loadClusterProspects, loadMemberProfiles } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { clusterFocus, growthPotential } from "@clusterwerk/scoring/prospects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";
import { DEMO_PROSPECT_COUNT } from "./prospects";

const now = new Date("2026-01-15T09:00:00Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
});
afterAll(async () => handle.close());

describe("demo prospects", () => {
  it("gives Smart Industries about 150 prospects, some outside the radius, so penetration and the list show something", async () => {
    const cluster = await findClusterBySlug(handle.db, "smart-industries");
    if (!cluster) throw new Error("no demo cluster");
    const [prospects, members] = await Promise.all([
      loadClusterProspects(handle.db, cluster.id),
      loadMemberProfiles(handle.db, cluster.id),
    ]);
    expect(prospects).toHaveLength(DEMO_PROSPECT_COUNT);
    const region = { lat: cluster.lat, lon: cluster.lon, radiusKm: cluster.radiusKm };
    const growth = growthPotential({
      asOf: "2026-01-15",
      memberships: members,
      prospects,
      focus: clusterFocus(members, "2026-01-15"),
      region,
    });
    expect(growth.ranked.filter((prospect) => !prospect.relevance.withinRadius).length).toBeGreaterThan(10);
    expect(growth.relevantCount).toBeGreaterThan(20);
    expect(growth.penetration.value).toBeGreaterThan(0);
    expect(growth.penetration.value).toBeLessThan(100);
    expect(prospects.some((prospect) => prospect.status === "contacted")).toBe(true);
  });
});
