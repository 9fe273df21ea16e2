import { type DatabaseHandle, listLabelRegistry } from "@clusterwerk/db";
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

describe("demo labels", () => {
  it("awards Smart Industries Bronze and fills the registry with valid, Gold and expired labels", async () => {
    const registry = await listLabelRegistry(handle.db, { today: "2026-01-15", limit: 100 });
    const byCluster = new Map(registry.items.map((item) => [item.clusterSlug, item]));
    expect(byCluster.get("smart-industries")).toMatchObject({
      level: "bronze",
      status: "valid",
      validFrom: "2025-11-15",
      validUntil: "2027-11-15",
    });
    expect(byCluster.get("neckarmobil")).toMatchObject({ level: "gold", status: "valid" });
    expect(byCluster.get("elbe-digital")).toMatchObject({ level: "bronze", status: "expired" });
    expect(new Set(registry.items.map((item) => item.certificateNumber)).size).toBe(registry.items.length);
  });
});
