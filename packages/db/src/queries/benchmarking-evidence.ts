import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { benchmarkingEvidence, benchmarkings } from "../schema";
import { recordAudit } from "./audit";
import { BENCHMARKING_ENTITY, lockBenchmarkingIn } from "./benchmarkings";

export interface NewEvidence {
  benchmarkingId: string;
  indicatorId: string;
  filename: string;
  mediaType: string;
  content: Uint8Array;
  sha256: string;
  userId: string;
}

/** Stores an evidence file while the benchmarking is a draft and logs it; null when it is not a draft. */
export async function addEvidence(db: Database, evidence: NewEvidence): Promise<string | null> {
  return db.transaction(async (tx) => {
    const clusterId = await lockBenchmarkingIn(tx, evidence.benchmarkingId, "draft");
    if (!clusterId) return null;
    const [row] = await tx
      .insert(benchmarkingEvidence)
      .values({
        benchmarkingId: evidence.benchmarkingId,
        indicatorId: evidence.indicatorId,
        filename: evidence.filename,
        mediaType: evidence.mediaType,
        sizeBytes: evidence.content.byteLength,
        content: evidence.content,
        sha256: evidence.sha256,
        uploadedBy: evidence.userId,
      })
      .returning({ id: benchmarkingEvidence.id });
    if (!row) return null;
    await recordAudit(tx, {
      actorUserId: evidence.userId,
      action: "benchmarking.evidence-added",
      entity: BENCHMARKING_ENTITY,
      entityId: evidence.benchmarkingId,
      clusterId,
      details: {
        indicatorId: evidence.indicatorId,
        filename: evidence.filename,
        mediaType: evidence.mediaType,
        sizeBytes: evidence.content.byteLength,
        sha256: evidence.sha256,
      },
    });
    return row.id;
  });
}

/** One evidence file with its bytes and the cluster that owns it (the caller checks access); null when there is none. */
export async function findEvidence(db: Database, evidenceId: string) {
  const [row] = await db
    .select({
      id: benchmarkingEvidence.id,
      clusterId: benchmarkings.clusterId,
      status: benchmarkings.status,
      filename: benchmarkingEvidence.filename,
      mediaType: benchmarkingEvidence.mediaType,
      content: benchmarkingEvidence.content,
    })
    .from(benchmarkingEvidence)
    .innerJoin(benchmarkings, eq(benchmarkings.id, benchmarkingEvidence.benchmarkingId))
    .where(eq(benchmarkingEvidence.id, evidenceId))
    .limit(1);
  return row ?? null;
}
