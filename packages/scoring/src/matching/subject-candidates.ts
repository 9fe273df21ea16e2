import { topicParent, topicSimilarity } from "./factors/topic";
import { type MatchIndex } from "./match-index";
import { type MatchQuery, SUBJECT_TEXT_MIN } from "./match-query";
import { type QueryBounds } from "./query-bounds";

// Float sums in another order than the exact cosine may differ in the last bits; these keep bounds above it.
const TEXT_MARGIN = 1e-9;

/** Candidates that may share a subject with the query, each with upper bounds of its score. */
export interface SubjectCandidates {
  profiles: Int32Array;
  bounds: Float64Array;
}

/**
 * Max-score split of the query's terms: the terms whose largest possible contributions to the cosine
 * (query weight × the term's largest weight in any profile), taken smallest first, add up to less than
 * SUBJECT_TEXT_MIN are "rest"; a profile sharing only those has text < SUBJECT_TEXT_MIN. The others are
 * selective: their postings are accumulated term at a time.
 */
export function splitQueryTerms(
  index: MatchIndex,
  query: MatchQuery,
): { selective: { termId: number; weight: number }[]; restTextBound: number } {
  const { termIds, weights } = query.requester.vector;
  const terms = Array.from(termIds, (termId, at) => {
    const weight = weights[at] ?? 0;
    return { termId, weight, most: weight * (index.maxTermWeight[termId] ?? 0) };
  }).sort((a, b) => a.most - b.most);
  let restTextBound = 0;
  let cut = 0;
  while (cut < terms.length && restTextBound + (terms[cut]?.most ?? 0) + TEXT_MARGIN < SUBJECT_TEXT_MIN) {
    restTextBound += terms[cut]?.most ?? 0;
    cut += 1;
  }
  return { selective: terms.slice(cut).map(({ termId, weight }) => ({ termId, weight })), restTextBound };
}

/**
 * Every visible, type-compatible profile that may share a subject (DOMAIN.md §5.3: topic > 0, or text
 * ≥ SUBJECT_TEXT_MIN) — all of them are in the postings of the requester's tags and codes (the item,
 * its children, its parent) or of its selective terms — with an upper bound of each one's score:
 * exact topic, the accumulated selective text plus the rest bound, and `QueryBounds` for the others.
 */
export function gatherSubjectCandidates(index: MatchIndex, query: MatchQuery, bounds: QueryBounds): SubjectCandidates {
  const { corpus, requester } = query;
  const count = corpus.profiles.length;
  const text = new Float64Array(count);
  const topic = new Float64Array(count).fill(-1);
  const touched = new Int32Array(count);
  let touchedCount = 0;
  // 0 = not looked at, 1 = a reachable candidate, 2 = not reachable (or the requester).
  const state = new Uint8Array(count);
  state[requester.index] = 2;
  const admit = (profileIndex: number): boolean => {
    const known = state[profileIndex] ?? 2;
    if (known !== 0) return known === 1;
    const profile = corpus.profiles[profileIndex];
    const ok = profile !== undefined && bounds.reachable(profile);
    state[profileIndex] = ok ? 1 : 2;
    if (ok) touched[touchedCount++] = profileIndex;
    return ok;
  };

  const { selective, restTextBound } = splitQueryTerms(index, query);
  for (const { termId, weight: queryWeight } of selective) {
    const postings = index.termPostings[termId];
    const postingWeights = index.termPostingWeights[termId];
    if (!postings || !postingWeights) continue;
    for (let k = 0; k < postings.length; k++) {
      const profileIndex = postings[k] ?? 0;
      if (admit(profileIndex)) text[profileIndex] = (text[profileIndex] ?? 0) + queryWeight * (postingWeights[k] ?? 0);
    }
  }
  for (const item of requester.topicItems) {
    const parent = topicParent(item);
    for (const list of [
      index.topicPostings.get(item),
      index.childPostings.get(item),
      parent === null ? undefined : index.topicPostings.get(parent),
    ]) {
      for (const profileIndex of list ?? []) {
        if (!admit(profileIndex) || (topic[profileIndex] ?? 0) >= 0) continue;
        topic[profileIndex] = topicSimilarity(requester.topicItems, corpus.profiles[profileIndex]?.topicItems ?? []);
      }
    }
  }

  const profiles = new Int32Array(touchedCount);
  const scoreBounds = new Float64Array(touchedCount);
  let kept = 0;
  for (let k = 0; k < touchedCount; k++) {
    const profileIndex = touched[k] ?? 0;
    const profile = corpus.profiles[profileIndex];
    const topicValue = Math.max(0, topic[profileIndex] ?? 0);
    const textBound = (text[profileIndex] ?? 0) * (1 + TEXT_MARGIN) + TEXT_MARGIN + restTextBound;
    if (!profile || (topicValue === 0 && textBound < SUBJECT_TEXT_MIN)) continue;
    profiles[kept] = profileIndex;
    scoreBounds[kept] = bounds.scoreBound(profile, topicValue, textBound);
    kept += 1;
  }
  return { profiles: profiles.subarray(0, kept), bounds: scoreBounds.subarray(0, kept) };
}
