import { loadLabelHistory, loadReferencePool, loadReportInputs, schema, upsertReferenceBenchmarkings } from "@clusterwerk/db";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { computePeerReport, INDICATOR_CATALOGUE_VERSION, type IndicatorValues } from "@clusterwerk/scoring/benchmark";
import { parseReferenceCsv, type ReferenceRowInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildBenchmarkReport } from "../benchmark-report";
import { finalisedBenchmarking } from "../test/benchmark-fixtures";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();
const asOf = "2026-03-31";
const gold = [{ level: "gold" as const, validFrom: "2025-06-01", validUntil: "2027-06-01" }];

/** `count` reference rows of a sector and country; the first `goldHolders` hold a valid Gold label. */
async function referenceRows(prefix: string, count: number, place: { sectorField: string; country: string }, goldHolders = 0) {
  const rows = Array.from({ length: count }, (_, index) => ({
    importKey: `${prefix}-${index}`,
    clusterName: `${prefix} ${index}`,
    ...place,
    benchmarkDate: "2025-09-01",
    values: { S1: 10 + index * 5, M2: 0.5 + index * 0.25, M8: index % 2 === 0 } satisfies IndicatorValues,
    labels: index < goldHolders ? gold : [],
    catalogueVersion: INDICATOR_CATALOGUE_VERSION,
  }));
  await upsertReferenceBenchmarkings(ctx.db, { rows, source: `${prefix}.csv`, importedBy: null });
}

/** A fresh cluster in its own sector with a manager, and its finalised benchmarking. */
async function clusterWithBenchmarking(sectorField: "Biotechnology" | "Food industry", country: string) {
  const cluster = await createCluster(ctx.db, { sectorField, country });
  const manager = await createUser(ctx.db);
  await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
  const values = { S1: 52, S2: 3, S3: 55, M1: 6, M2: 0.8, M7: 2, F4: 2, M8: 1 };
  const benchmarking = await finalisedBenchmarking(ctx.db, { clusterId: cluster.id, values, benchmarkDate: asOf });
  return { cluster, benchmarking, values, caller: await callerFor(ctx.db, manager.id) };
}

describe("benchmarking report (issue 10 item 5, DOMAIN.md §6.2)", () => {
  it("§6.2 compares the cluster with the sector, country and best-in-class groups of the pool, the figures of computePeerReport", async () => {
    await referenceRows("bio-fr", 12, { sectorField: "Biotechnology", country: "FR" }, 11);
    await referenceRows("food-pt", 10, { sectorField: "Food industry", country: "PT" });
    const { cluster, benchmarking, values, caller } = await clusterWithBenchmarking("Biotechnology", "PT");
    const report = await caller.benchmarkReport.report({ benchmarkingId: benchmarking.id });

    expect(report.groups.map((group) => [group.kind, group.n, group.shown])).toEqual([
      ["sector", 12, true],
      ["country", 10, true],
      ["best-in-class", 11, true],
    ]);
    const reference = await loadReferencePool(ctx.db, { from: "2023-03-31", to: asOf });
    const expected = computePeerReport({
      asOf,
      cluster: { id: `c:${cluster.id}`, country: "PT", sector: "Biotechnology", values },
      reference,
    });
    const sector = report.groups[0];
    const expectedSector = expected.groups[0];
    if (!sector?.shown || !expectedSector?.shown) throw new Error("sector group hidden");
    expect(sector.indicators.S1).toEqual(expectedSector.indicators.S1);
    expect(report.strengths).toEqual(expected.strengths);
    expect(report.developmentAreas).toEqual(expected.developmentAreas);
    expect(report.areas.find((area) => area.area === "structure")?.sector).toBe(sector.indicators.S1?.percentile);
  });

  it("§6.2 a group of fewer than 10 clusters is hidden", async () => {
    const { benchmarking, caller } = await clusterWithBenchmarking("Biotechnology", "IS");
    const report = await caller.benchmarkReport.report({ benchmarkingId: benchmarking.id });
    expect(report.groups[1]).toEqual({ kind: "country", n: 0, shown: false });
  });

  it("§6.3 label distance: Bronze needs M2 ≥ 0.5 is met, Silver lacks 3 improvements and a previous benchmarking, Gold needs M2 ≥ 1.0 and the missing points", async () => {
    const { benchmarking, caller } = await clusterWithBenchmarking("Food industry", "PT");
    const report = await caller.benchmarkReport.report({ benchmarkingId: benchmarking.id });
    expect(report.labels.bronze).toEqual({ eligible: true, unmet: [] });
    expect(report.labels.silver).toMatchObject({ eligible: false, improvementsMissing: 3, timingMet: false });
    expect(report.labels.gold.failedKnockouts).toEqual([{ id: "M2", threshold: 1, direction: "higher" }]);
    expect(report.labels.gold.pointsMissing).toBe(120 - report.score.points);
  });

  it("a cached report equals a freshly computed one; a reference import or a changed value (as a draft is edited) makes the next one afresh", async () => {
    await referenceRows("cache-dk", 10, { sectorField: "Biotechnology", country: "DK" });
    const { cluster, benchmarking, caller } = await clusterWithBenchmarking("Biotechnology", "DK");
    const fresh = async () => {
      const inputs = await loadReportInputs(ctx.db, { benchmarkingId: benchmarking.id, clusterId: cluster.id });
      if (!inputs) throw new Error("benchmarking not found");
      const history = await loadLabelHistory(ctx.db, { clusterId: cluster.id, upTo: asOf, exceptId: benchmarking.id });
      return buildBenchmarkReport({
        benchmarking: inputs.benchmarking,
        reference: await loadReferencePool(ctx.db, { from: "2023-03-31", to: asOf }),
        history: { awards: history.awards, benchmarkings: [] },
      });
    };
    const report = () => caller.benchmarkReport.report({ benchmarkingId: benchmarking.id });

    const first = await report();
    const cached = await report();
    expect(cached).toBe(first);
    expect(cached).toEqual(await fresh());

    await referenceRows("cache-dk-more", 4, { sectorField: "Biotechnology", country: "DK" });
    const afterImport = await report();
    expect(afterImport).not.toBe(first);
    expect(afterImport.groups[1]?.n).toBe((first.groups[1]?.n ?? 0) + 4);
    expect(afterImport).toEqual(await fresh());

    await ctx.db
      .update(schema.benchmarkingValues)
      .set({ value: 60 })
      .where(and(eq(schema.benchmarkingValues.benchmarkingId, benchmarking.id), eq(schema.benchmarkingValues.indicatorId, "S1")));
    const afterEdit = await report();
    expect(afterEdit.indicators.find((indicator) => indicator.id === "S1")?.own).toBe(60);
    expect(afterEdit).toEqual(await fresh());
  });

  it("members get FORBIDDEN, another cluster's manager NOT_FOUND, an assessor the report", async () => {
    const { benchmarking } = await clusterWithBenchmarking("Food industry", "DE");
    const member = await ctx.as("member");
    await expect(member.benchmarkReport.report({ benchmarkingId: benchmarking.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherManager = await ctx.as("manager");
    await expect(otherManager.benchmarkReport.report({ benchmarkingId: benchmarking.id })).rejects.toBeInstanceOf(TRPCError);
    await expect(otherManager.benchmarkReport.report({ benchmarkingId: benchmarking.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const assessor = await ctx.as("assessor");
    expect((await assessor.benchmarkReport.report({ benchmarkingId: benchmarking.id })).benchmarking.id).toBe(benchmarking.id);
  });
});

/** The good rows of a reference CSV, as the import page sends them. */
function rowsOf(csv: string): ReferenceRowInput[] {
  const preview = parseReferenceCsv(new TextEncoder().encode(csv));
  if (!preview.ok) throw new Error(preview.message);
  return preview.rows.map((row) => row.cells);
}

describe("reference database import (issue 10 item 4)", () => {
  const csv = [
    "key,name,country,sector,date,S1,M2,M8",
    ...Array.from({ length: 5 }, (_, i) => `cw-${i},Creative ${i},NL,Creative industries,2025-10-0${i + 1},${20 + i},1.5,yes`),
  ].join("\n");

  it("imports by key: a second import of the same file changes nothing, a changed value updates its row", async () => {
    const assessor = await ctx.as("assessor");
    expect(await assessor.referenceBenchmarking.importChunk({ source: "creative.csv", rows: rowsOf(csv) })).toEqual({
      inserted: 5,
      updated: 0,
      unchanged: 0,
    });
    expect(await assessor.referenceBenchmarking.importChunk({ source: "creative.csv", rows: rowsOf(csv) })).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 5,
    });
    const changed = csv.replace(
      "cw-0,Creative 0,NL,Creative industries,2025-10-01,20",
      "cw-0,Creative 0,NL,Creative industries,2025-10-01,21",
    );
    expect(await assessor.referenceBenchmarking.importChunk({ source: "creative.csv", rows: rowsOf(changed) })).toEqual({
      inserted: 0,
      updated: 1,
      unchanged: 4,
    });
  });

  it("the next report reads the imported rows (the cached pool is refreshed when the pool changes)", async () => {
    const cluster = await createCluster(ctx.db, { sectorField: "Creative industries", country: "NL" });
    const manager = await createUser(ctx.db);
    await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
    const benchmarking = await finalisedBenchmarking(ctx.db, { clusterId: cluster.id, values: { S1: 30 }, benchmarkDate: asOf });
    const caller = await callerFor(ctx.db, manager.id);
    const before = (await caller.benchmarkReport.report({ benchmarkingId: benchmarking.id })).groups[0]?.n ?? 0;
    const admin = await ctx.as("admin");
    const more = [
      "key,name,country,sector,date,S1",
      ...Array.from({ length: 3 }, (_, i) => `cw-more-${i},More ${i},NL,Creative industries,2025-11-01,40`),
    ].join("\n");
    await admin.referenceBenchmarking.importChunk({ source: "more.csv", rows: rowsOf(more) });
    expect((await caller.benchmarkReport.report({ benchmarkingId: benchmarking.id })).groups[0]?.n).toBe(before + 3);
  });

  it("managers and members may not import (FORBIDDEN); a bad cell is refused again on the server", async () => {
    const rows = rowsOf(csv);
    await expect((await ctx.as("manager")).referenceBenchmarking.importChunk({ source: "x.csv", rows })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect((await ctx.as("member")).referenceBenchmarking.importChunk({ source: "x.csv", rows })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const assessor = await ctx.as("assessor");
    const bad = [{ ...rows[0], importKey: "bad", S1: "-4" }] as ReferenceRowInput[];
    await expect(assessor.referenceBenchmarking.importChunk({ source: "x.csv", rows: bad })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
