import { memberCategories } from "../domain/member-categories";
import { actorsFactor } from "./factors/actor-complementarity";
import { geographyFactor, haversineKm } from "./factors/geography";
import { countBits, partnershipOverlap } from "./factors/partnership";
import { topicParent, topicSimilarity } from "./factors/topic";
import { typeWeight } from "./factors/type-weight";
import { exclusionReason, isVisibleTo, requesterBlock } from "./eligibility";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { type PreparedProfile } from "./corpus";
import { createMatchQuery, evaluatePair, type MatchQuery, type MatchSettings, type PairEvaluation, weightedScore } from "./match-query";
import { cosineSimilarity } from "./text/tfidf";
import { type FactorValues } from "./weights";
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
 * The same ranked matches as `findMatchesExhaustive`, without scoring every pair.
 *
 * Candidates come from whichever is less work: the postings of the requester's tags/NACE codes and
 * selective text terms (every other visible profile then has topic 0 and text at most the slack of
 * the common terms, so whole buckets are bounded by partnership, geography, actors and reciprocity
 * and scanned only if that bound reaches the current k-th score), or the visible buckets directly,
 * best bound first. Either way each candidate first gets a cheap upper bound (exact topic, text,
 * partnership and actors; bucket bounds for geography and reciprocity) and is evaluated exactly only
 * if that bound reaches the k-th score.
 */
export function findMatchesIndexed(index: MatchIndex, forId: string, settings: MatchSettings): PairEvaluation[] {
  const { corpus } = index;
  const query = createMatchQuery(corpus, forId, settings);
  if (!query || requesterBlock(corpus, query.requester, query.asOf) !== null) return [];
  const top = new TopMatches(query.limit);
  const seen = new Uint8Array(corpus.profiles.length);
  seen[query.requester.index] = 1;
  const buckets = visibleBuckets(index, query).map((bucket) => ({ bucket, bounds: bucketBounds(index, query, bucket) }));
  const bucketOf = new Map(buckets.map((entry) => [entry.bucket, entry.bounds]));

  const consider = (candidateIndex: number, bounds: BucketBounds | undefined): void => {
    const candidate = corpus.profiles[candidateIndex];
    if (!candidate || seen[candidateIndex] === 1) return;
    seen[candidateIndex] = 1;
    if (exclusionReason(corpus, query.requester, candidate, query.asOf) !== null) return;
    if (bounds && candidateBound(query, candidate, bounds) < top.threshold()) return;
    top.offer(evaluatePair(query, candidate));
  };

  const { selective, restTextBound } = splitQueryTerms(index, query);
  const postings = [...selective.map((termId) => index.termPostings[termId]), ...topicPostings(index, query)];
  const postingsWork = postings.reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const bucketWork = buckets.reduce((sum, { bucket }) => sum + bucket.profiles.length, 0);

  if (postingsWork < bucketWork) {
    const bucketByProfile = new Map<number, BucketBounds>();
    for (const { bucket, bounds } of buckets) for (const profileIndex of bucket.profiles) bucketByProfile.set(profileIndex, bounds);
    for (const list of postings) list?.forEach((profileIndex) => consider(profileIndex, bucketByProfile.get(profileIndex)));
  }
  const textBound = postingsWork < bucketWork ? restTextBound : 1;
  const topicBound = postingsWork < bucketWork ? 0 : 1;
  const ranked = buckets
    .map(({ bucket, bounds }) => ({ bucket, bound: bucketBound(query, bounds, topicBound, textBound) }))
    .filter(({ bound }) => bound > 0)
    .sort((a, b) => b.bound - a.bound);
  for (const { bucket, bound } of ranked) {
    if (bound < top.threshold()) break;
    const bounds = bucketOf.get(bucket);
    bucket.profiles.forEach((profileIndex) => consider(profileIndex, bounds));
  }
  return top.results();
}

/** Upper bounds (each in [0, 1]) of the factors that are the same or bounded for a whole bucket. */
interface BucketBounds {
  typeWeight: number;
  geography: number;
  reciprocity: number;
  partnership: number;
  actors: number;
}

/** Postings of profiles related to the requester's tags and NACE codes: the item, its children, its parent. */
function topicPostings(index: MatchIndex, query: MatchQuery): (readonly number[] | undefined)[] {
  return query.requester.topicItems.flatMap((item) => {
    const parent = topicParent(item);
    return [index.topicPostings.get(item), index.childPostings.get(item), parent === null ? undefined : index.topicPostings.get(parent)];
  });
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

function bucketBounds(index: MatchIndex, query: MatchQuery, bucket: ProfileBucket): BucketBounds {
  const { corpus, requester, office } = query;
  const footprint = index.footprints[bucket.cluster];
  const nearest = footprint
    ? Math.max(0, haversineKm(office.lat, office.lon, footprint.lat, footprint.lon) - footprint.spreadKm - DISTANCE_MARGIN_KM)
    : 0;
  const requesterCategory = corpus.organisations[requester.org]?.category ?? "other";
  let actors = 0;
  memberCategories.forEach((category, bit) => {
    if ((bucket.categories & (1 << bit)) !== 0) actors = Math.max(actors, actorsFactor(requesterCategory, category));
  });
  return {
    typeWeight: typeWeight(requester.type, bucket.type),
    geography: geographyFactor(nearest, office.radiusKm),
    reciprocity: reciprocityPossible(query, bucket.cluster) ? 1 : 0,
    // Jaccard(Q, X) ≤ |Q ∩ union| / |Q| for every member set X of the bucket.
    partnership:
      requester.partnerships === 0 ? 0 : countBits(requester.partnerships & bucket.partnerships) / countBits(requester.partnerships),
    actors,
  };
}

/** An upper bound on the score of any bucket member whose topic and text are at most the given bounds. */
function bucketBound(query: MatchQuery, bounds: BucketBounds, topic: number, text: number): number {
  const factors: FactorValues = {
    topic,
    text,
    partnership: bounds.partnership,
    geography: bounds.geography,
    actors: bounds.actors,
    reciprocity: bounds.reciprocity,
  };
  return inflate(weightedScore(query.weights, factors, bounds.typeWeight));
}

/**
 * An upper bound on one candidate's score: its exact topic, text, partnership and actors factors,
 * the bucket's bounds for geography and reciprocity (the costly ones). Floating-point sums and
 * products are monotone, so with factors ≥ the exact ones this is ≥ the exact score.
 */
function candidateBound(query: MatchQuery, candidate: PreparedProfile, bounds: BucketBounds): number {
  const { corpus, requester } = query;
  const factors: FactorValues = {
    topic: topicSimilarity(requester.topicItems, candidate.topicItems),
    text: cosineSimilarity(requester.vector, candidate.vector),
    partnership: partnershipOverlap(requester.partnerships, candidate.partnerships),
    geography: bounds.geography,
    actors: actorsFactor(
      corpus.organisations[requester.org]?.category ?? "other",
      corpus.organisations[candidate.org]?.category ?? "other",
    ),
    reciprocity: bounds.reciprocity,
  };
  return inflate(weightedScore(query.weights, factors, bounds.typeWeight));
}

const inflate = (score: number): number => score * (1 + BOUND_MARGIN) + BOUND_MARGIN;

/** Reciprocity needs a live profile of the requester's organisation that the candidate's cluster can see. */
function reciprocityPossible(query: MatchQuery, cluster: number): boolean {
  const { corpus, requester, asOf } = query;
  return (corpus.organisations[requester.org]?.profiles ?? []).some((profileIndex) => {
    const profile = corpus.profiles[profileIndex];
    return profile !== undefined && profile.validUntil >= asOf && isVisibleTo(corpus, profile, cluster);
  });
}
