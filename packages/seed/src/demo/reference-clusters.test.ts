import { type DatabaseHandle, loadReferencePool } from "@clusterwerk/db";
import { clusters as demoClusters } from "../data/clusters";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { addYears, computePeerReport } from "@clusterwerk/scoring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_REFERENCE_CLUSTERS, demoReferenceBenchmarkings, seedDemoReferenceClusters } from "./reference-clusters";

const now = new Date("2026-01-15T09:00:00Z");
const asOf = "2026-01-15";
let handle: DatabaseHandle;
let seedMilliseconds = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  const started = performance.now();
  await seedDemoReferenceClusters(handle.db, { now });
  seedMilliseconds = performance.now() - started;
});
afterAll(async () => handle.close());

describe("demo reference database (issue 10 item 4)", () => {
  it("is deterministic: the same date gives the same rows", () => {
    expect(demoReferenceBenchmarkings(now)).toEqual(demoReferenceBenchmarkings(now));
  });

  it("holds about 1,300 demo reference clusters from 48 countries inside the 3-year window, written in one go", async () => {
    const pool = await loadReferencePool(handle.db, { from: addYears(asOf, -3), to: asOf });
    expect(pool).toHaveLength(DEMO_REFERENCE_CLUSTERS);
    expect(new Set(pool.map((entry) => entry.country)).size).toBe(48);
    console.info(`seeding ${DEMO_REFERENCE_CLUSTERS} reference clusters took ${seedMilliseconds.toFixed(0)} ms`);
  });

  it("shows every peer group (sector, country, best-in-class) of every demo cluster", async () => {
    const reference = await loadReferencePool(handle.db, { from: addYears(asOf, -3), to: asOf });
    for (const cluster of demoClusters) {
      const report = computePeerReport({
        asOf,
        cluster: { id: cluster.slug, country: cluster.country, sector: cluster.sector, values: {} },
        reference,
      });
      expect(report.groups.map((group) => [group.kind, group.shown])).toEqual([
        ["sector", true],
        ["country", true],
        ["best-in-class", true],
      ]);
    }
  });
});
