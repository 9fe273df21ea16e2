import { type Database, findClusterMatchWeights, findOwnProfile, matchableAmong, type MatchViewer } from "@clusterwerk/db";
import {
  createMatchQuery,
  defaultFactorWeights,
  type FactorWeights,
  findMatchesIndexed,
  type MatchQuery,
  type PairEvaluation,
} from "@clusterwerk/scoring/matching";
import { notFound } from "../trpc";
import { type BuiltIndex } from "./match-index-cache";

// The engine ranks by what its index was built from; the visibility query may still drop a few (a change since
// the build), so it is asked for a few more than are shown.
const VISIBILITY_SLACK = 10;

/**
 * The weights that rank the matches of a cluster's profiles (DOMAIN.md §5.3): its own, or the defaults. They are
 * a setting of each engine query, not part of the match index, so they are read on every request beside the
 * index's high-water mark and a saved change ranks the very next request — no rebuild, no stale ranking.
 */
export async function clusterWeights(db: Database, clusterId: string): Promise<FactorWeights> {
  return (await findClusterMatchWeights(db, clusterId)) ?? defaultFactorWeights;
}

/** A caller's own profile, if it can be matched today: published and not expired (DOMAIN.md §5.1). */
export async function ownMatchableProfile(db: Database, viewer: MatchViewer, profileId: string, asOf: string) {
  const found = await findOwnProfile(db, { profileId, viewer });
  if (!found) throw notFound();
  const blocked = found.status !== "published" ? found.status : found.validUntil < asOf ? "expired" : null;
  return { profile: found, blocked };
}

export type VisibleMatch = { evaluation: PairEvaluation; row: Awaited<ReturnType<typeof matchableAmong>>[number] };

/**
 * The best `limit` matches of `profileId` under `weights` on `asOf`, ranked by the engine over `built` and kept
 * only where the visibility query admits them for `viewer` now (§5.2): what the profile's owner sees.
 * `query` is null when the index does not hold the profile (not published or expired when it was built).
 */
export async function visibleRanking(
  db: Database,
  params: { built: BuiltIndex; profileId: string; viewer: MatchViewer; asOf: string; weights: FactorWeights; limit: number },
): Promise<{ query: MatchQuery | null; matches: VisibleMatch[] }> {
  const settings = { asOf: params.asOf, weights: params.weights, limit: params.limit + VISIBILITY_SLACK };
  const query = createMatchQuery(params.built.index.corpus, params.profileId, settings);
  if (!query) return { query, matches: [] };
  const ranked = findMatchesIndexed(params.built.index, params.profileId, settings);
  const rows = await matchableAmong(db, {
    profileIds: ranked.map((evaluation) => evaluation.candidate.id),
    viewer: params.viewer,
    asOf: params.asOf,
  });
  const visible = new Map(rows.map((row) => [row.id, row]));
  const matches = ranked.flatMap((evaluation) => {
    const row = visible.get(evaluation.candidate.id);
    return row ? [{ evaluation, row }] : [];
  });
  return { query, matches: matches.slice(0, params.limit) };
}
