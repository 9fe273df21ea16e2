import type { BenchmarkingStatus, IndicatorValueOrigin } from "@clusterwerk/scoring/domain";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog, benchmarkingEvidence, benchmarkings, benchmarkingValues, clusters, users } from "../schema";
import { recordAudit } from "./audit";

/** The audit log's entity name for a benchmarking; every change of it, its values and evidence is logged under it. */
export const BENCHMARKING_ENTITY = "benchmarking";

/** One indicator value as the benchmarking is created with it (derived with its source, or a reported pre-fill). */
export interface NewBenchmarkingValue {
  indicatorId: string;
  origin: IndicatorValueOrigin;
  value: number | null;
  sourceDe: string | null;
  sourceEn: string | null;
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Inside a change's transaction: touches the benchmarking only while it is in `status` (the `where` holds
 * the status, so a value cannot change after a step even in a race); its cluster, or null when it is not.
 */
export async function lockBenchmarkingIn(tx: Transaction, benchmarkingId: string, status: BenchmarkingStatus): Promise<string | null> {
  const [row] = await tx
    .update(benchmarkings)
    .set({ updatedAt: new Date() })
    .where(and(eq(benchmarkings.id, benchmarkingId), eq(benchmarkings.status, status)))
    .returning({ clusterId: benchmarkings.clusterId });
  return row?.clusterId ?? null;
}

/** The cluster that owns a benchmarking (for `managerOfRecordProcedure`); null when there is none. */
export async function findBenchmarkingCluster(db: Database, benchmarkingId: string): Promise<string | null> {
  const [row] = await db
    .select({ clusterId: benchmarkings.clusterId })
    .from(benchmarkings)
    .where(eq(benchmarkings.id, benchmarkingId))
    .limit(1);
  return row?.clusterId ?? null;
}

/**
 * Creates a draft with all its values in one transaction and logs it; null when the cluster has a
 * benchmarking on that date already (one per cluster and date).
 */
export async function createBenchmarking(
  db: Database,
  params: { clusterId: string; benchmarkDate: string; catalogueVersion: string; userId: string; values: readonly NewBenchmarkingValue[] },
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(benchmarkings)
      .values({
        clusterId: params.clusterId,
        benchmarkDate: params.benchmarkDate,
        catalogueVersion: params.catalogueVersion,
        createdBy: params.userId,
      })
      .onConflictDoNothing({ target: [benchmarkings.clusterId, benchmarkings.benchmarkDate] })
      .returning({ id: benchmarkings.id });
    if (!row) return null;
    if (params.values.length > 0) {
      await tx
        .insert(benchmarkingValues)
        .values(params.values.map((value) => ({ ...value, benchmarkingId: row.id, updatedBy: params.userId })));
    }
    await recordAudit(tx, {
      actorUserId: params.userId,
      action: "benchmarking.created",
      entity: BENCHMARKING_ENTITY,
      entityId: row.id,
      clusterId: params.clusterId,
      details: { benchmarkDate: params.benchmarkDate, catalogueVersion: params.catalogueVersion },
    });
    return row.id;
  });
}

const headColumns = {
  id: benchmarkings.id,
  clusterId: benchmarkings.clusterId,
  clusterName: clusters.name,
  benchmarkDate: benchmarkings.benchmarkDate,
  catalogueVersion: benchmarkings.catalogueVersion,
  status: benchmarkings.status,
  createdAt: benchmarkings.createdAt,
  submittedAt: benchmarkings.submittedAt,
  reviewStartedAt: benchmarkings.reviewStartedAt,
  finalisedAt: benchmarkings.finalisedAt,
};

/** A cluster's benchmarkings, the latest date first. */
export async function listClusterBenchmarkings(db: Database, clusterId: string) {
  return db
    .select(headColumns)
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(eq(benchmarkings.clusterId, clusterId))
    .orderBy(desc(benchmarkings.benchmarkDate));
}

/** The assessors' queue: submitted and under-review benchmarkings of every cluster, the longest waiting first. */
export async function listReviewQueue(db: Database) {
  return db
    .select(headColumns)
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(inArray(benchmarkings.status, ["submitted", "under_review"]))
    .orderBy(asc(benchmarkings.submittedAt), asc(benchmarkings.id));
}

/** One benchmarking with its values (catalogue order is the caller's) and its evidence files (without their bytes). */
export async function getBenchmarking(db: Database, benchmarkingId: string) {
  const [head] = await db
    .select({ ...headColumns, reviewedBy: benchmarkings.reviewedBy })
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(eq(benchmarkings.id, benchmarkingId))
    .limit(1);
  if (!head) return null;
  const [values, evidence] = await Promise.all([
    db
      .select({
        indicatorId: benchmarkingValues.indicatorId,
        origin: benchmarkingValues.origin,
        value: benchmarkingValues.value,
        sourceDe: benchmarkingValues.sourceDe,
        sourceEn: benchmarkingValues.sourceEn,
        note: benchmarkingValues.note,
        previousValue: benchmarkingValues.previousValue,
        correctionNote: benchmarkingValues.correctionNote,
        correctedAt: benchmarkingValues.correctedAt,
        correctedByName: users.name,
      })
      .from(benchmarkingValues)
      .leftJoin(users, eq(users.id, benchmarkingValues.correctedBy))
      .where(eq(benchmarkingValues.benchmarkingId, benchmarkingId)),
    db
      .select({
        id: benchmarkingEvidence.id,
        indicatorId: benchmarkingEvidence.indicatorId,
        filename: benchmarkingEvidence.filename,
        mediaType: benchmarkingEvidence.mediaType,
        sizeBytes: benchmarkingEvidence.sizeBytes,
        uploadedAt: benchmarkingEvidence.uploadedAt,
      })
      .from(benchmarkingEvidence)
      .where(eq(benchmarkingEvidence.benchmarkingId, benchmarkingId))
      .orderBy(asc(benchmarkingEvidence.uploadedAt), asc(benchmarkingEvidence.id)),
  ]);
  return { ...head, values, evidence };
}

/**
 * Sets a reported value and its note while the benchmarking is a draft (the `where` holds the status,
 * so a value cannot change after submission even in a race); false when it is not a draft.
 */
export async function setReportedValue(
  db: Database,
  params: { benchmarkingId: string; clusterId: string; indicatorId: string; value: number | null; note: string | null; userId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockBenchmarkingIn(tx, params.benchmarkingId, "draft"))) return false;
    const [before] = await tx
      .select({ value: benchmarkingValues.value })
      .from(benchmarkingValues)
      .where(and(eq(benchmarkingValues.benchmarkingId, params.benchmarkingId), eq(benchmarkingValues.indicatorId, params.indicatorId)));
    const fields = { value: params.value, note: params.note, updatedBy: params.userId, updatedAt: new Date() };
    await tx
      .insert(benchmarkingValues)
      .values({ benchmarkingId: params.benchmarkingId, indicatorId: params.indicatorId, origin: "reported", ...fields })
      .onConflictDoUpdate({ target: [benchmarkingValues.benchmarkingId, benchmarkingValues.indicatorId], set: fields });
    await recordAudit(tx, {
      actorUserId: params.userId,
      action: "benchmarking.value-set",
      entity: BENCHMARKING_ENTITY,
      entityId: params.benchmarkingId,
      clusterId: params.clusterId,
      details: { indicatorId: params.indicatorId, from: before?.value ?? null, to: params.value, note: params.note },
    });
    return true;
  });
}

/**
 * An assessor's correction during review: the value before it, the required note, who and when stay on
 * the row (and in the audit log). False when the benchmarking is not under review.
 */
export async function correctValue(
  db: Database,
  params: { benchmarkingId: string; indicatorId: string; value: number | null; note: string; assessorId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const clusterId = await lockBenchmarkingIn(tx, params.benchmarkingId, "under_review");
    if (!clusterId) return false;
    const [before] = await tx
      .select({ value: benchmarkingValues.value, origin: benchmarkingValues.origin })
      .from(benchmarkingValues)
      .where(and(eq(benchmarkingValues.benchmarkingId, params.benchmarkingId), eq(benchmarkingValues.indicatorId, params.indicatorId)));
    const now = new Date();
    const correction = {
      value: params.value,
      previousValue: before?.value ?? null,
      correctionNote: params.note,
      correctedBy: params.assessorId,
      correctedAt: now,
      updatedBy: params.assessorId,
      updatedAt: now,
    };
    await tx
      .insert(benchmarkingValues)
      .values({
        benchmarkingId: params.benchmarkingId,
        indicatorId: params.indicatorId,
        origin: before?.origin ?? "reported",
        ...correction,
      })
      .onConflictDoUpdate({ target: [benchmarkingValues.benchmarkingId, benchmarkingValues.indicatorId], set: correction });
    await recordAudit(tx, {
      actorUserId: params.assessorId,
      action: "benchmarking.value-corrected",
      entity: BENCHMARKING_ENTITY,
      entityId: params.benchmarkingId,
      clusterId,
      details: { indicatorId: params.indicatorId, from: before?.value ?? null, to: params.value, note: params.note },
    });
    return true;
  });
}

/** The steps of the review workflow (DOMAIN.md §6): from which status each goes, and what it stamps. */
const transitions = {
  submit: { from: "draft", to: "submitted" },
  startReview: { from: "submitted", to: "under_review" },
  finalise: { from: "under_review", to: "finalised" },
} as const satisfies Record<string, { from: BenchmarkingStatus; to: BenchmarkingStatus }>;
export type BenchmarkingTransition = keyof typeof transitions;

function stamps(step: BenchmarkingTransition, userId: string, now: Date) {
  if (step === "submit") return { submittedBy: userId, submittedAt: now };
  if (step === "startReview") return { reviewedBy: userId, reviewStartedAt: now };
  return { finalisedBy: userId, finalisedAt: now };
}

/** Moves a benchmarking one step on; false when it is not in the step's starting status (a race, or done already). */
export async function transitionBenchmarking(
  db: Database,
  params: { benchmarkingId: string; step: BenchmarkingTransition; userId: string },
) {
  const { from, to } = transitions[params.step];
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(benchmarkings)
      .set({ status: to, updatedAt: now, ...stamps(params.step, params.userId, now) })
      .where(and(eq(benchmarkings.id, params.benchmarkingId), eq(benchmarkings.status, from)))
      .returning({ clusterId: benchmarkings.clusterId });
    if (!row) return false;
    await recordAudit(tx, {
      actorUserId: params.userId,
      action: `benchmarking.${to}`,
      entity: BENCHMARKING_ENTITY,
      entityId: params.benchmarkingId,
      clusterId: row.clusterId,
      details: { from, to },
    });
    return true;
  });
}

/** The change history of a benchmarking from the audit log, oldest first, with who made each change. */
export async function listBenchmarkingChanges(db: Database, benchmarkingId: string) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      details: auditLog.details,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entity, BENCHMARKING_ENTITY), eq(auditLog.entityId, benchmarkingId)))
    .orderBy(asc(auditLog.id));
}

/** The status of a benchmarking, or null when there is none (for checks that need no more). */
export async function benchmarkingStatusOf(db: Database, benchmarkingId: string): Promise<BenchmarkingStatus | null> {
  const [row] = await db.select({ status: benchmarkings.status }).from(benchmarkings).where(eq(benchmarkings.id, benchmarkingId));
  return row?.status ?? null;
}
