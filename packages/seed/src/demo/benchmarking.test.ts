import { type DatabaseHandle, findClusterBySlug, getBenchmarking, listClusterBenchmarkings } from "@clusterwerk/db";
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

describe("demo benchmarking", () => {
  it("Smart Industries has a draft of the first of the month with derived values and their sources", { timeout: 60_000 }, async () => {
    const cluster = await findClusterBySlug(handle.db, "smart-industries");
    if (!cluster) throw new Error("no demo cluster");
    const draft = (await listClusterBenchmarkings(handle.db, cluster.id)).find((row) => row.status === "draft");
    expect(draft).toMatchObject({ benchmarkDate: "2026-01-01" });
    const detail = await getBenchmarking(handle.db, draft?.id ?? "");
    const s1 = detail?.values.find((row) => row.indicatorId === "S1");
    expect(s1?.value).toBeGreaterThanOrEqual(15);
    expect(s1?.sourceEn).toContain("committed members, from the member list on 2026-01-01");
    expect(detail?.values.find((row) => row.indicatorId === "I1")?.sourceEn).toContain("events, from the event calendar");
    expect(detail?.values).toHaveLength(36);
  });
});
