import { exclusionReason, requesterBlock } from "./eligibility";
import { topicSimilarity } from "./factors/topic";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { createMatchQuery, evaluatePair, type MatchSettings, type PairEvaluation, SUBJECT_TEXT_MIN, sharesSubject } from "./match-query";
import { TopMatches } from "./ranking";
import { QueryBounds } from "./query-bounds";
import { gatherSubjectCandidates, type SubjectCandidates } from "./subject-candidates";
import { cosineSimilarity } from "./text/tfidf";

/** Score bounds are sorted into this many bins so the best candidates are scored first without a full sort. */
const BINS = 64;

/**
 * The same ranked matches as `findMatchesExhaustive`, without scoring every pair (max-score style).
 *
 * 1. Candidates that may share a subject (they rank first, DOMAIN.md §5.3) come from the postings of
 *    the requester's tags/codes and selective terms, text accumulated term at a time; each gets an
 *    upper bound of its score and they are scored exactly best bound first, until the next bound
 *    cannot reach the k-th score.
 * 2. Only if fewer than k of them matched: the profiles without a shared subject, bucket by bucket
 *    (cluster, reach, type) best bucket bound first, each candidate bounded before it is scored.
 */
export function findMatchesIndexed(index: MatchIndex, forId: string, settings: MatchSettings): PairEvaluation[] {
  const { corpus } = index;
  const query = createMatchQuery(corpus, forId, settings);
  if (!query || requesterBlock(corpus, query.requester, query.asOf) !== null) return [];
  const top = new TopMatches(query.limit);
  const bounds = new QueryBounds(index, query);
  const seen = new Uint8Array(corpus.profiles.length);
  seen[query.requester.index] = 1;
  const score = (profileIndex: number): void => {
    const candidate = corpus.profiles[profileIndex];
    if (!candidate || seen[profileIndex] === 1) return;
    seen[profileIndex] = 1;
    if (exclusionReason(corpus, query.requester, candidate, query.asOf) === null) top.offer(evaluatePair(query, candidate));
  };

  scoreBestFirst(gatherSubjectCandidates(index, query, bounds), top, score);
  if (top.fullOfSubject()) return top.results();

  // Every candidate left shares no subject: topic 0 and text below SUBJECT_TEXT_MIN.
  const buckets = visibleBuckets(index, bounds)
    .map((bucket) => ({ bucket, bound: bounds.bucketBound(bucket, SUBJECT_TEXT_MIN) }))
    .filter(({ bound }) => bound > 0)
    .sort((a, b) => b.bound - a.bound);
  for (const { bucket, bound } of buckets) {
    if (!top.admits(false, bound)) break;
    for (const profileIndex of bucket.profiles) {
      const candidate = corpus.profiles[profileIndex];
      if (!candidate || seen[profileIndex] === 1) continue;
      const topic = topicSimilarity(query.requester.topicItems, candidate.topicItems);
      const text = cosineSimilarity(query.requester.vector, candidate.vector);
      if (top.admits(sharesSubject({ topic, text }), bounds.scoreBound(candidate, topic, text))) score(profileIndex);
    }
  }
  return top.results();
}

/** Scores the candidates in descending bins of their bounds, while a bin's best bound can still enter. */
function scoreBestFirst({ profiles, bounds }: SubjectCandidates, top: TopMatches, score: (profileIndex: number) => void): void {
  let most = 0;
  for (const bound of bounds) most = Math.max(most, bound);
  if (profiles.length === 0 || most <= 0) return;
  const binOf = (bound: number): number => Math.min(BINS - 1, Math.floor((bound / most) * BINS));
  const starts = new Int32Array(BINS + 1);
  for (const bound of bounds) starts[binOf(bound) + 1] = (starts[binOf(bound) + 1] ?? 0) + 1;
  for (let bin = 0; bin < BINS; bin++) starts[bin + 1] = (starts[bin + 1] ?? 0) + (starts[bin] ?? 0);
  const fill = starts.slice(0, BINS);
  const order = new Int32Array(profiles.length);
  bounds.forEach((bound, at) => {
    const bin = binOf(bound);
    order[fill[bin] ?? 0] = at;
    fill[bin] = (fill[bin] ?? 0) + 1;
  });
  for (let bin = BINS - 1; bin >= 0; bin--) {
    const binTop = (most * (bin + 1)) / BINS;
    if (!top.admits(true, binTop * (1 + 1e-12))) return;
    for (let k = starts[bin] ?? 0; k < (starts[bin + 1] ?? 0); k++) {
      const at = order[k] ?? 0;
      if (top.admits(true, bounds[at] ?? 0)) score(profiles[at] ?? -1);
    }
  }
}

/** Buckets the requester's cluster can see (DOMAIN.md §5.2) whose type is complementary. */
function visibleBuckets(index: MatchIndex, bounds: QueryBounds): ProfileBucket[] {
  return index.bucketsByCluster.flatMap((buckets) =>
    buckets.filter((bucket) => {
      const first = index.corpus.profiles[bucket.profiles[0] ?? -1];
      return first !== undefined && bounds.reachable(first);
    }),
  );
}
