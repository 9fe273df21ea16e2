import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { clusterPartnerships, clusters } from "../schema";

const p = clusterPartnerships;

/** The cluster's partnerships in either direction, each with the other cluster, newest first (DOMAIN.md §5.2). */
export function listClusterPartnerships(db: Database, clusterId: string) {
  const other = alias(clusters, "other_cluster");
  return db
    .select({
      id: p.id,
      status: p.status,
      proposedByUs: sql<boolean>`${p.proposerClusterId} = ${clusterId}`,
      otherClusterId: other.id,
      otherClusterName: other.name,
      otherClusterCountry: other.country,
      proposedAt: p.proposedAt,
      respondedAt: p.respondedAt,
    })
    .from(p)
    .innerJoin(
      other,
      sql`${other.id} = case when ${p.proposerClusterId} = ${clusterId} then ${p.partnerClusterId} else ${p.proposerClusterId} end`,
    )
    .where(or(eq(p.proposerClusterId, clusterId), eq(p.partnerClusterId, clusterId)))
    .orderBy(sql`${p.proposedAt} desc`, asc(p.id));
}

/** Clusters a manager may propose a partnership to: every other cluster without a proposed or active one with `clusterId`. */
export function listPartnershipCandidates(db: Database, clusterId: string) {
  const taken = sql`(select case when ${p.proposerClusterId} = ${clusterId} then ${p.partnerClusterId} else ${p.proposerClusterId} end
    from ${p} where ${inArray(p.status, ["proposed", "active"])} and (${p.proposerClusterId} = ${clusterId} or ${p.partnerClusterId} = ${clusterId}))`;
  return db
    .select({ id: clusters.id, name: clusters.name, country: clusters.country })
    .from(clusters)
    .where(and(ne(clusters.id, clusterId), sql`${clusters.id} not in ${taken}`))
    .orderBy(asc(clusters.name), asc(clusters.id));
}

/**
 * Proposes a partnership from `proposerClusterId` to `partnerClusterId`, unless the two already have a
 * proposed or active one (in either direction): then null. The check and the insert run under a lock on
 * the pair, so two proposals at once do not both get in.
 */
export async function proposePartnership(db: Database, params: { proposerClusterId: string; partnerClusterId: string }) {
  return db.transaction(async (tx) => {
    const [low, high] = [params.proposerClusterId, params.partnerClusterId].sort();
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`partnership:${low}:${high}`}))`);
    const [existing] = await tx
      .select({ id: p.id })
      .from(p)
      .where(
        and(
          inArray(p.status, ["proposed", "active"]),
          or(
            and(eq(p.proposerClusterId, params.proposerClusterId), eq(p.partnerClusterId, params.partnerClusterId)),
            and(eq(p.proposerClusterId, params.partnerClusterId), eq(p.partnerClusterId, params.proposerClusterId)),
          ),
        ),
      )
      .limit(1);
    if (existing) return null;
    const [row] = await tx.insert(p).values(params).returning({ id: p.id });
    return row?.id ?? null;
  });
}

/** The cluster asked to accept a partnership (the owner loader of the respond procedure); null when there is none. */
export async function partnershipInvitee(db: Database, partnershipId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: p.partnerClusterId }).from(p).where(eq(p.id, partnershipId)).limit(1);
  return row?.clusterId ?? null;
}

/** Accepts or declines a proposed partnership addressed to `clusterId`; false when it is not (or no longer) proposed. */
export async function respondToPartnership(db: Database, params: { partnershipId: string; clusterId: string; accept: boolean }) {
  const rows = await db
    .update(p)
    .set({ status: params.accept ? "active" : "declined", respondedAt: new Date() })
    .where(and(eq(p.id, params.partnershipId), eq(p.partnerClusterId, params.clusterId), eq(p.status, "proposed")))
    .returning({ id: p.id });
  return rows.length > 0;
}

/** Opts the cluster into open matchmaking or out of it (DOMAIN.md §5.2: all-clusters profiles of every cluster). */
export async function setOpenMatchmaking(db: Database, params: { clusterId: string; open: boolean }) {
  await db.update(clusters).set({ openMatchmaking: params.open }).where(eq(clusters.id, params.clusterId));
}
