import { type Database, schema } from "@clusterwerk/db";
import type { BenchmarkingStatus } from "@clusterwerk/scoring/domain";
import { INDICATOR_CATALOGUE_VERSION } from "@clusterwerk/scoring/benchmark";

let day = 0;
/** A date of its own for every benchmarking (one per cluster and date), counting back from 2020-12-31 (apart from the label fixtures' dates). */
export function nextBenchmarkDate(): string {
  day += 1;
  return new Date(Date.UTC(2020, 11, 31 - day)).toISOString().slice(0, 10);
}

/**
 * A benchmarking of a cluster in a workflow status, with the stamps the status needs (DOMAIN.md §6) and one
 * reported value (F4 = 2), so access checks have a row of every stage.
 */
export async function benchmarkingIn(db: Database, clusterId: string, status: BenchmarkingStatus = "draft"): Promise<string> {
  const at = new Date("2021-01-15T10:00:00Z");
  const [row] = await db
    .insert(schema.benchmarkings)
    .values({
      clusterId,
      benchmarkDate: nextBenchmarkDate(),
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      status,
      submittedAt: status === "draft" ? null : at,
      reviewStartedAt: status === "under_review" || status === "finalised" ? at : null,
      finalisedAt: status === "finalised" ? at : null,
    })
    .returning({ id: schema.benchmarkings.id });
  if (!row) throw new Error("benchmarking not created");
  await db.insert(schema.benchmarkingValues).values({ benchmarkingId: row.id, indicatorId: "F4", origin: "reported", value: 2 });
  return row.id;
}

/** An evidence file (a tiny PDF) of a benchmarking in `status`; returns the evidence id. */
export async function evidenceIn(db: Database, clusterId: string, status: BenchmarkingStatus): Promise<string> {
  const benchmarkingId = await benchmarkingIn(db, clusterId, status);
  const content = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
  const [row] = await db
    .insert(schema.benchmarkingEvidence)
    .values({
      benchmarkingId,
      indicatorId: "F4",
      filename: "f4.pdf",
      mediaType: "application/pdf",
      sizeBytes: content.byteLength,
      content,
      sha256: "0".repeat(64),
    })
    .returning({ id: schema.benchmarkingEvidence.id });
  if (!row) throw new Error("evidence not created");
  return row.id;
}
