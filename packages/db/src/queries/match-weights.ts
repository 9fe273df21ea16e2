import type { FactorWeights } from "@clusterwerk/scoring/matching";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { clusterMatchWeights } from "../schema";

const w = clusterMatchWeights;

/** A cluster's own factor weights (DOMAIN.md §5.3); null when it uses the defaults. */
export async function findClusterMatchWeights(db: Database, clusterId: string): Promise<FactorWeights | null> {
  const [row] = await db
    .select({
      topic: w.topic,
      text: w.text,
      partnership: w.partnership,
      geography: w.geography,
      actors: w.actors,
      reciprocity: w.reciprocity,
    })
    .from(w)
    .where(eq(w.clusterId, clusterId))
    .limit(1);
  return row ?? null;
}

/** Stores a cluster's weights (validated by the caller), or removes them (null: back to the defaults). */
export async function saveClusterMatchWeights(
  db: Database,
  params: { clusterId: string; weights: FactorWeights | null; updatedBy: string },
) {
  if (!params.weights) {
    await db.delete(w).where(eq(w.clusterId, params.clusterId));
    return;
  }
  const values = { ...params.weights, updatedBy: params.updatedBy, updatedAt: new Date() };
  await db
    .insert(w)
    .values({ clusterId: params.clusterId, ...values })
    .onConflictDoUpdate({ target: w.clusterId, set: values });
}
