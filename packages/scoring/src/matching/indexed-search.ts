import { memberCategories } from "../domain/member-categories";
import { actorsFactor } from "./factors/actor-complementarity";
import { geographyFactor, haversineKm } from "./factors/geography";
import { countBits } from "./factors/partnership";
import { topicParent } from "./factors/topic";
import { typeWeight } from "./factors/type-weight";
import { exclusionReason, isVisibleTo, requesterBlock } from "./eligibility";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { createMatchQuery, evaluatePair, type MatchQuery, type MatchSettings, type PairEvaluation } from "./match-query";
import { TopMatches } from "./ranking";

/**
 * Common query terms whose combined text contribution is at most this much cosine are not used to
 * gather candidates; a profile that shares only such terms is bounded like one that shares none.
 */
const TEXT_SLACK = 0.1;
// Upper bounds are computed in floating point too; this margin keeps them above the exact scores.
const BOUND_MARGIN = 1e-9;
const DISTANCE_MARGIN_KM = 1e-3;

/**
 * The same ranked matches as `findMatchesExhaustive`, without scoring every pair. Candidates that
 * share a tag/NACE relation or a selective text term are scored exactly. Every other candidate has
 * topic 0 and text at most the slack of the common terms, so its score is bounded by its bucket's
 * bounds on partnership, geography, actors and reciprocity; a bucket is scanned (exactly) only if
 * that bound could still reach the current k-th score.
 */
export function findMatchesIndexed(index: MatchIndex, forId: string, settings: MatchSettings): PairEvaluation[] {
  const { corpus } = index;
  const query = createMatchQuery(corpus, forId, settings);
  if (!query || requesterBlock(corpus, query.requester, query.asOf) !== null) return [];
  const top = new TopMatches(query.limit);
  const seen = new Uint8Array(corpus.profiles.length);
  seen[query.requester.index] = 1;

  const consider = (candidateIndex: number): void => {
    const candidate = corpus.profiles[candidateIndex];
    if (!candidate || seen[candidateIndex] === 1) return;
    seen[candidateIndex] = 1;
    if (exclusionReason(corpus, query.requester, candidate, query.asOf) === null) top.offer(evaluatePair(query, candidate));
  };

  const { selective, restTextBound } = splitQueryTerms(index, query);
  for (const termId of selective) index.termPostings[termId]?.forEach(consider);
  for (const item of query.requester.topicItems) {
    index.topicPostings.get(item)?.forEach(consider);
    index.childPostings.get(item)?.forEach(consider);
    const parent = topicParent(item);
    if (parent !== null) index.topicPostings.get(parent)?.forEach(consider);
  }

  const bounded = visibleBuckets(index, query)
    .map((bucket) => ({ bucket, bound: bucketBound(index, query, bucket, restTextBound) }))
    .filter(({ bound }) => bound > 0)
    .sort((a, b) => b.bound - a.bound);
  for (const { bucket, bound } of bounded) {
    if (bound < top.threshold()) break;
    bucket.profiles.forEach(consider);
  }
  return top.results();
}

/** Query terms by how much cosine they can add at most; the smallest ones up to the slack are "rest". */
function splitQueryTerms(index: MatchIndex, query: MatchQuery): { selective: number[]; restTextBound: number } {
  const { termIds, weights } = query.requester.vector;
  const terms = Array.from(termIds, (termId, at) => ({ termId, most: (weights[at] ?? 0) * (index.maxTermWeight[termId] ?? 0) })).sort(
    (a, b) => a.most - b.most,
  );
  let restTextBound = 0;
  let cut = 0;
  while (cut < terms.length && restTextBound + (terms[cut]?.most ?? 0) <= TEXT_SLACK) {
    restTextBound += terms[cut]?.most ?? 0;
    cut += 1;
  }
  return { selective: terms.slice(cut).map(({ termId }) => termId), restTextBound };
}

/** Buckets whose profiles the requester's cluster can see (DOMAIN.md §5.2) and whose type matches. */
function visibleBuckets(index: MatchIndex, query: MatchQuery): ProfileBucket[] {
  const viewer = query.requester.cluster;
  const open = query.office.openMatchmaking;
  const visible: ProfileBucket[] = [];
  index.bucketsByCluster.forEach((buckets, cluster) => {
    const partner = query.office.partners.has(cluster);
    if (cluster !== viewer && !partner && !open) return;
    for (const bucket of buckets) {
      if (typeWeight(query.requester.type, bucket.type) === 0) continue;
      if (cluster === viewer || (partner && bucket.reach !== "my-cluster") || bucket.reach === "all-clusters") visible.push(bucket);
    }
  });
  return visible;
}

/** An upper bound on the score of any profile in the bucket that shares no selective term and no topic item. */
function bucketBound(index: MatchIndex, query: MatchQuery, bucket: ProfileBucket, restTextBound: number): number {
  const { corpus, requester, office, weights } = query;
  const footprint = index.footprints[bucket.cluster];
  const nearest = footprint ? Math.max(0, haversineKm(office.lat, office.lon, footprint.lat, footprint.lon) - footprint.spreadKm - DISTANCE_MARGIN_KM) : 0;
  const requesterCategory = corpus.organisations[requester.org]?.category ?? "other";
  let actors = 0;
  memberCategories.forEach((category, bit) => {
    if ((bucket.categories & (1 << bit)) !== 0) actors = Math.max(actors, actorsFactor(requesterCategory, category));
  });
  // Jaccard(Q, X) ≤ |Q ∩ union| / |Q| for every member set X of the bucket.
  const partnership = requester.partnerships === 0 ? 0 : countBits(requester.partnerships & bucket.partnerships) / countBits(requester.partnerships);
  const reciprocity = reciprocityPossible(query, bucket.cluster) ? 1 : 0;
  const sum =
    weights.text * restTextBound +
    weights.partnership * partnership +
    weights.geography * geographyFactor(nearest, office.radiusKm) +
    weights.actors * actors +
    weights.reciprocity * reciprocity;
  return 100 * typeWeight(requester.type, bucket.type) * sum * (1 + BOUND_MARGIN) + BOUND_MARGIN;
}

/** Reciprocity needs a live profile of the requester's organisation that the candidate's cluster can see. */
function reciprocityPossible(query: MatchQuery, cluster: number): boolean {
  const { corpus, requester, asOf } = query;
  return (corpus.organisations[requester.org]?.profiles ?? []).some((profileIndex) => {
    const profile = corpus.profiles[profileIndex];
    return profile !== undefined && profile.validUntil >= asOf && isVisibleTo(corpus, profile, cluster);
  });
}
