import { type DatabaseHandle, findClusterBySlug, listMatchableProfiles, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const now = new Date("2026-06-01T08:00:00Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
}, 120_000);
afterAll(async () => handle.close());

describe("cooperation demo (DOMAIN.md §5.1–5.2)", () => {
  it("a Smart Industries member sees German and English profiles of its cluster and of partner Neckarmobil, none of Elbe Digital", async () => {
    const cluster = await findClusterBySlug(handle.db, "smart-industries");
    const [organisation] = await handle.db
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, "kurpfalz-robotics"));
    if (!cluster || !organisation) throw new Error("demo cluster or organisation missing");
    const page = await listMatchableProfiles(handle.db, {
      viewer: { clusterId: cluster.id, organisationId: organisation.id },
      asOf: "2026-06-01",
      limit: 100,
    });
    const clusterNames = [...new Set(page.items.map((row) => row.clusterName))];
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(page.items.map((row) => row.language))).toEqual(new Set(["de", "en"]));
    expect(clusterNames.some((name) => name.includes("Neckar"))).toBe(true);
    expect(clusterNames.some((name) => name.includes("Elbe"))).toBe(false);
  });
});
