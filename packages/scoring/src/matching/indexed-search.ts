import { exclusionReason, requesterBlock } from "./eligibility";
import { topicParent } from "./factors/topic";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { createMatchQuery, evaluatePair, type MatchQuery, type MatchSettings, type PairEvaluation, SUBJECT_TEXT_MIN } from "./match-query";
import { TopMatches } from "./ranking";
import { QueryBounds } from "./query-bounds";
import {
  type BoundedCandidates,
  CandidateList,
  essentialTerms,
  gatherTextCandidates,
  gatherTopicCandidates,
  type TopicCandidates,
} from "./subject-candidates";

/** Score bounds are sorted into this many bins so the best candidates are scored first without a full sort. */
const BINS = 64;
/**
 * Scanning the visible profiles pays when there are fewer than 1/SCAN_COST of the postings the
 * gathering may walk: that count is pessimistic (pass 2 is usually cut by the k-th score to few terms
 * or none), so the factor is large. On the bench world (bench/matching.ts) a requester sees fewer than
 * 200 type-compatible profiles (its cluster and partners) or, with open matchmaking, more than 2,800;
 * scanning was faster for all of the former, gathering for all of the latter, and any factor from 32
 * to 1,024 separates them.
 */
const SCAN_COST = 64;

/** How the indexed search finds candidates: by its cost estimate, or pinned (the tests check both plans against the exhaustive search). */
export type SearchPlan = "auto" | "scan" | "gather";

/**
 * The same ranked matches as `findMatchesExhaustive`, without scoring every pair (max-score style).
 *
 * 1. Candidates that share a subject (they rank first, DOMAIN.md §5.3), in two passes, each scored
 *    exactly best bound first until the next bound cannot reach the k-th score: (a) every profile
 *    with topic > 0, from the postings of the requester's tags and codes, with its exact topic and
 *    text; (b) the profiles with topic 0 whose text may reach SUBJECT_TEXT_MIN and — once (a) filled
 *    the list with candidates sharing a subject — whose score bound with topic 0 may reach the k-th
 *    score: only the postings of the terms that can lift the text that far (max-score), exact text.
 * 2. Only if fewer than k of them matched: the profiles without a shared subject — first those sharing
 *    a NACE code (gathered from its postings), then bucket by bucket (cluster, reach, type) best bucket
 *    bound first, each candidate bounded before it is scored.
 */
export function findMatchesIndexed(index: MatchIndex, forId: string, settings: MatchSettings, plan: SearchPlan = "auto"): PairEvaluation[] {
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

  const buckets = visibleBuckets(index, query, bounds);
  if (plan === "auto" ? bucketWork(buckets) * SCAN_COST <= postingsWork(index, query) : plan === "scan") {
    // Few visible profiles (a cluster without open matchmaking): bounding each exactly is less work.
    const scanned = scanBuckets(query, bounds, buckets);
    scoreBestFirst(scanned.subject, true, top, score);
    if (!top.fullOfSubject()) scoreBestFirst(scanned.naceOnly, false, top, score);
    return top.results();
  }
  const gathered = new Uint8Array(corpus.profiles.length);
  gathered[query.requester.index] = 1;
  const topical = gatherTopicCandidates(index, query, bounds, gathered);
  scoreBestFirst(topical.subject, true, top, score);
  scoreBestFirst(gatherTextCandidates(index, query, bounds, gathered, top.fullOfSubject() ? top.lastScore() : null), true, top, score);
  if (top.fullOfSubject()) return top.results();

  // No candidate left shares a subject. Those sharing a NACE code only were gathered with their bounds;
  // every other one has topic 0 and text below SUBJECT_TEXT_MIN.
  scoreBestFirst(topical.naceOnly, false, top, score);
  const ranked = buckets
    .map((bucket) => ({ bucket, bound: bounds.bucketBound(bucket, SUBJECT_TEXT_MIN) }))
    .filter(({ bound }) => bound > 0)
    .sort((a, b) => b.bound - a.bound);
  for (const { bucket, bound } of ranked) {
    if (!top.admits(false, bound)) break;
    for (const profileIndex of bucket.profiles) {
      if (seen[profileIndex] === 1) continue;
      const text = bounds.text(profileIndex);
      if (top.admits(bounds.sharesSubject(profileIndex, text), bounds.scoreBound(profileIndex, bounds.topic(profileIndex), text)))
        score(profileIndex);
    }
  }
  return top.results();
}

/** Scores the candidates in descending bins of their bounds, while a bin's best bound can still enter. */
function scoreBestFirst(
  { profiles, bounds }: BoundedCandidates,
  subject: boolean,
  top: TopMatches,
  score: (profileIndex: number) => void,
): void {
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
    if (!top.admits(subject, binTop * (1 + 1e-12))) return;
    for (let k = starts[bin] ?? 0; k < (starts[bin + 1] ?? 0); k++) {
      const at = order[k] ?? 0;
      if (top.admits(subject, bounds[at] ?? 0)) score(profiles[at] ?? -1);
    }
  }
}

/**
 * Buckets the requester's cluster can see (DOMAIN.md §5.2) whose type is complementary (all members
 * alike): its own cluster's and its partners', and every cluster's only with open matchmaking.
 */
function visibleBuckets(index: MatchIndex, query: MatchQuery, bounds: QueryBounds): ProfileBucket[] {
  const clusters = query.office.openMatchmaking
    ? index.bucketsByCluster
    : [query.requester.cluster, ...query.office.partners].map((c) => index.bucketsByCluster[c] ?? []);
  return clusters.flatMap((buckets) => buckets.filter((bucket) => bounds.bucketReachable(bucket)));
}

const bucketWork = (buckets: readonly ProfileBucket[]): number => buckets.reduce((sum, bucket) => sum + bucket.profiles.length, 0);

/** Postings the gathering may walk: those of the tags and codes with their relatives, and of the terms that can lift the text to SUBJECT_TEXT_MIN. */
function postingsWork(index: MatchIndex, query: MatchQuery): number {
  let work = 0;
  for (const termId of essentialTerms(index, query, (text) => text < SUBJECT_TEXT_MIN)) work += index.termPostings[termId]?.length ?? 0;
  for (const item of query.requester.topicItems) {
    const parent = topicParent(item);
    work += (index.topicPostings.get(item)?.length ?? 0) + (index.childPostings.get(item)?.length ?? 0);
    if (parent !== null) work += index.topicPostings.get(parent)?.length ?? 0;
  }
  return work;
}

/** Every member of the buckets with its exact topic and text: subject candidates and the others (any topic). */
function scanBuckets(query: MatchQuery, bounds: QueryBounds, buckets: readonly ProfileBucket[]): TopicCandidates {
  const subject = new CandidateList(bucketWork(buckets));
  const others = new CandidateList(bucketWork(buckets));
  for (const bucket of buckets) {
    for (const profileIndex of bucket.profiles) {
      if (profileIndex === query.requester.index) continue;
      const text = bounds.text(profileIndex);
      const bound = bounds.scoreBound(profileIndex, bounds.topic(profileIndex), text);
      (bounds.sharesSubject(profileIndex, text) ? subject : others).push(profileIndex, bound);
    }
  }
  return { subject: subject.done(), naceOnly: others.done() };
}
