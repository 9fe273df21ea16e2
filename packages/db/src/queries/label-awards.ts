import type { PageInput } from "@clusterwerk/validators";
import type { LabelLevel } from "@clusterwerk/scoring/benchmark";
import { and, desc, eq, inArray, like, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { benchmarkings, clusters, labelAwards, users } from "../schema";
import { recordAudit } from "./audit";
import { listPage, searchCondition } from "./list";

/** The audit log's entity name for label awards; every award, confirmation and supersession is logged under it. */
export const LABEL_AWARD_ENTITY = "label_award";

/** A benchmarking as the label pages see it: its cluster and where it stands in the review workflow. */
export async function findLabelBenchmarking(db: Database, benchmarkingId: string) {
  const [row] = await db
    .select({
      id: benchmarkings.id,
      clusterId: benchmarkings.clusterId,
      clusterName: clusters.name,
      clusterSlug: clusters.slug,
      benchmarkDate: benchmarkings.benchmarkDate,
      status: benchmarkings.status,
    })
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(eq(benchmarkings.id, benchmarkingId))
    .limit(1);
  return row ?? null;
}

const awarder = alias(users, "awarder");
const confirmer = alias(users, "confirmer");

/** Every award of the cluster, newest first, with the assessors' names (superseded and waiting ones included). */
export async function labelAwardsOf(db: Database, clusterId: string) {
  return db
    .select({
      id: labelAwards.id,
      benchmarkingId: labelAwards.benchmarkingId,
      benchmarkDate: benchmarkings.benchmarkDate,
      level: labelAwards.level,
      rationale: labelAwards.rationale,
      status: labelAwards.status,
      validFrom: labelAwards.validFrom,
      validUntil: labelAwards.validUntil,
      awardedBy: labelAwards.awardedBy,
      awardedByName: awarder.name,
      awardedAt: labelAwards.awardedAt,
      confirmedByName: confirmer.name,
      confirmedAt: labelAwards.confirmedAt,
      supersededById: labelAwards.supersededById,
      certificateNumber: labelAwards.certificateNumber,
    })
    .from(labelAwards)
    .innerJoin(benchmarkings, eq(benchmarkings.id, labelAwards.benchmarkingId))
    .innerJoin(awarder, eq(awarder.id, labelAwards.awardedBy))
    .leftJoin(confirmer, eq(confirmer.id, labelAwards.confirmedBy))
    .where(eq(labelAwards.clusterId, clusterId))
    .orderBy(desc(labelAwards.awardedAt), desc(labelAwards.id));
}

/** The cluster an award belongs to (owner loader of the award procedures); null when there is none. */
export async function findLabelAwardCluster(db: Database, awardId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: labelAwards.clusterId }).from(labelAwards).where(eq(labelAwards.id, awardId)).limit(1);
  return row?.clusterId ?? null;
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * The next certificate number of `year`, `CW-<year>-<000001…>`. An advisory lock held to the end of the
 * transaction serialises issuers, so two awards issued at once never draw the same number (the column is
 * unique as well).
 */
async function nextCertificateNumber(tx: Transaction, year: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('label_certificate_number'))`);
  const prefix = `CW-${year}-`;
  const [row] = await tx
    .select({ last: sql<string | null>`max(${labelAwards.certificateNumber})` })
    .from(labelAwards)
    .where(like(labelAwards.certificateNumber, `${prefix}%`));
  const last = row?.last ? Number.parseInt(row.last.slice(prefix.length), 10) : 0;
  return `${prefix}${String(last + 1).padStart(6, "0")}`;
}

export interface NewLabelAward {
  clusterId: string;
  benchmarkingId: string;
  level: LabelLevel;
  rationale: string;
  assessorId: string;
  validFrom: string;
  validUntil: string;
  /** Gold waits for a second assessor (§6.3); the others take effect, and get their certificate, at once. */
  awaitingConfirmation: boolean;
  /** The issue day (`YYYY-MM-DD`, the portal's calendar): its year starts the certificate number. */
  today: string;
  /** The current award this one corrects; it becomes `superseded` in the same transaction. */
  supersedes?: string;
}

/**
 * Stores an award, with its certificate number when it takes effect, and (for a correction) marks the
 * award it supersedes; logs both. Returns the new award's id, or null when the award to supersede is no
 * longer current (someone superseded it first).
 */
export async function insertLabelAward(
  db: Database,
  award: NewLabelAward,
): Promise<{ id: string; certificateNumber: string | null } | null> {
  return db.transaction(async (tx) => {
    if (award.supersedes) {
      // Locked so that two corrections of one award cannot both supersede it.
      const [current] = await tx
        .select({ id: labelAwards.id })
        .from(labelAwards)
        .where(
          and(
            eq(labelAwards.id, award.supersedes),
            eq(labelAwards.clusterId, award.clusterId),
            inArray(labelAwards.status, ["awarded", "awaiting_confirmation"]),
          ),
        )
        .for("update");
      if (!current) return null;
    }
    const certificateNumber = award.awaitingConfirmation ? null : await nextCertificateNumber(tx, award.today.slice(0, 4));
    const [row] = await tx
      .insert(labelAwards)
      .values({
        clusterId: award.clusterId,
        benchmarkingId: award.benchmarkingId,
        level: award.level,
        rationale: award.rationale,
        awardedBy: award.assessorId,
        validFrom: award.validFrom,
        validUntil: award.validUntil,
        status: award.awaitingConfirmation ? "awaiting_confirmation" : "awarded",
        certificateNumber,
      })
      .returning({ id: labelAwards.id });
    if (!row) throw new Error("label award not inserted");
    if (award.supersedes) {
      await tx.update(labelAwards).set({ status: "superseded", supersededById: row.id }).where(eq(labelAwards.id, award.supersedes));
      await recordAudit(tx, {
        actorUserId: award.assessorId,
        action: "label.superseded",
        entity: LABEL_AWARD_ENTITY,
        entityId: award.supersedes,
        clusterId: award.clusterId,
        details: { supersededById: row.id },
      });
    }
    await recordAudit(tx, {
      actorUserId: award.assessorId,
      action: award.awaitingConfirmation ? "label.awarded_awaiting_confirmation" : "label.awarded",
      entity: LABEL_AWARD_ENTITY,
      entityId: row.id,
      clusterId: award.clusterId,
      details: {
        level: award.level,
        benchmarkingId: award.benchmarkingId,
        validFrom: award.validFrom,
        validUntil: award.validUntil,
        certificateNumber,
        rationale: award.rationale,
        supersedes: award.supersedes ?? null,
      },
    });
    return { id: row.id, certificateNumber };
  });
}

/**
 * A second, different assessor confirms a Gold award waiting for it: it takes effect and gets its
 * certificate number. Null when it is not waiting any more or the confirmer awarded it (the database
 * refuses the same person as well).
 */
export async function confirmLabelAward(
  db: Database,
  params: { awardId: string; assessorId: string; today: string },
): Promise<{ certificateNumber: string } | null> {
  return db.transaction(async (tx) => {
    const number = await nextCertificateNumber(tx, params.today.slice(0, 4));
    const [row] = await tx
      .update(labelAwards)
      .set({ status: "awarded", confirmedBy: params.assessorId, confirmedAt: new Date(), certificateNumber: number })
      .where(
        and(
          eq(labelAwards.id, params.awardId),
          eq(labelAwards.status, "awaiting_confirmation"),
          sql`${labelAwards.awardedBy} <> ${params.assessorId}`,
        ),
      )
      .returning({ clusterId: labelAwards.clusterId, level: labelAwards.level });
    if (!row) return null;
    await recordAudit(tx, {
      actorUserId: params.assessorId,
      action: "label.confirmed",
      entity: LABEL_AWARD_ENTITY,
      entityId: params.awardId,
      clusterId: row.clusterId,
      details: { level: row.level, certificateNumber: number },
    });
    return { certificateNumber: number };
  });
}

/**
 * The assessors' label work: finalised benchmarkings of every cluster (search by cluster name), those with
 * a Gold award waiting for a second assessor first, then the latest finalised; each with its current awards.
 */
export async function listFinalisedForLabels(db: Database, params: PageInput & { search?: string | undefined }) {
  // Qualified by hand: drizzle may write columns unqualified, which the subqueries would misread.
  const current = sql<{ level: LabelLevel; status: "awarded" | "awaiting_confirmation" }[]>`coalesce((
    select json_agg(json_build_object('level', a.level, 'status', a.status) order by a.level)
    from label_awards a where a.benchmarking_id = "benchmarkings"."id" and a.status <> 'superseded'), '[]'::json)`;
  const waiting = sql<boolean>`exists (select 1 from label_awards a where a.benchmarking_id = "benchmarkings"."id"
    and a.status = 'awaiting_confirmation')`;
  const query = db
    .select({
      id: benchmarkings.id,
      clusterId: benchmarkings.clusterId,
      clusterName: clusters.name,
      country: clusters.country,
      benchmarkDate: benchmarkings.benchmarkDate,
      finalisedAt: benchmarkings.finalisedAt,
      awards: current,
      awaitingConfirmation: waiting,
    })
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(and(eq(benchmarkings.status, "finalised"), searchCondition(params.search, [clusters.name])))
    .$dynamic();
  return listPage(db, query, { page: params, orderBy: [desc(waiting), desc(benchmarkings.finalisedAt), desc(benchmarkings.id)] });
}
