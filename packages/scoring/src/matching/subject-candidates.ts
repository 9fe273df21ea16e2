import { topicParent } from "./factors/topic";
import { type MatchIndex } from "./match-index";
import { type MatchQuery, SUBJECT_TEXT_MIN } from "./match-query";
import { type QueryBounds } from "./query-bounds";

// The cosine adds its products in another order than these sums of largest contributions; this keeps the sums above it.
const TEXT_MARGIN = 1e-9;

/** Candidates, each with an upper bound of its score. */
export interface BoundedCandidates {
  profiles: Int32Array;
  bounds: Float64Array;
}

/** Candidates that share a subject, and those that share only a NACE code (topic > 0, no subject). */
export interface TopicCandidates {
  subject: BoundedCandidates;
  naceOnly: BoundedCandidates;
}

/**
 * Max-score split of the query's terms: taken smallest first, the terms whose largest possible
 * contributions to the cosine (query weight × the term's largest weight in any profile) add up to a
 * text a profile sharing only them may be skipped at (`skippable`, given that text bound) are left
 * out; the postings of the others, the essential terms, hold every profile that may not be skipped.
 */
export function essentialTerms(index: MatchIndex, query: MatchQuery, skippable: (textBound: number) => boolean): number[] {
  const { termIds, weights } = query.requester.vector;
  const terms = Array.from(termIds, (termId, at) => ({ termId, most: (weights[at] ?? 0) * (index.maxTermWeight[termId] ?? 0) })).sort(
    (a, b) => a.most - b.most,
  );
  let rest = 0;
  let cut = 0;
  while (cut < terms.length && skippable((rest + (terms[cut]?.most ?? 0)) * (1 + TEXT_MARGIN) + TEXT_MARGIN)) {
    rest += terms[cut]?.most ?? 0;
    cut += 1;
  }
  return terms.slice(cut).map(({ termId }) => termId);
}

/**
 * Pass 1: every visible, type-compatible profile with topic > 0 — all of them are in the postings of
 * the requester's tags and codes (the item, its children, its parent) — with its exact topic and text:
 * those sharing a subject (DOMAIN.md §5.3) and those sharing a NACE code only, each with an upper bound
 * of its score (`QueryBounds` for geography and reciprocity). Marks every profile it looked at in `gathered`.
 */
export function gatherTopicCandidates(index: MatchIndex, query: MatchQuery, bounds: QueryBounds, gathered: Uint8Array): TopicCandidates {
  const { requester } = query;
  const lists: (readonly number[])[] = [];
  for (const item of requester.topicItems) {
    const parent = topicParent(item);
    for (const list of [
      index.topicPostings.get(item),
      index.childPostings.get(item),
      parent === null ? undefined : index.topicPostings.get(parent),
    ])
      if (list) lists.push(list);
  }
  const capacity = lists.reduce((sum, list) => sum + list.length, 0);
  const subject = new CandidateList(capacity);
  const naceOnly = new CandidateList(capacity);
  for (const list of lists) {
    for (const profileIndex of list) {
      if (!firstLook(bounds, gathered, profileIndex)) continue;
      const text = bounds.text(profileIndex);
      const bound = bounds.scoreBound(profileIndex, bounds.topic(profileIndex), text);
      (bounds.sharesSubject(profileIndex, text) ? subject : naceOnly).push(profileIndex, bound);
    }
  }
  return { subject: subject.done(), naceOnly: naceOnly.done() };
}

/**
 * Pass 2: the profiles not gathered by pass 1 (topic 0) that share a subject through their text
 * (≥ SUBJECT_TEXT_MIN) and may still enter the top matches, with their exact text. They are in the
 * postings of the essential terms: a profile sharing only the others has a text below
 * SUBJECT_TEXT_MIN, or — once the top matches are full of candidates sharing a subject, the last
 * scoring `threshold` — a score bound with topic 0 below it.
 */
export function gatherTextCandidates(
  index: MatchIndex,
  query: MatchQuery,
  bounds: QueryBounds,
  gathered: Uint8Array,
  threshold: number | null,
): BoundedCandidates {
  const skippable = (text: number): boolean => text < SUBJECT_TEXT_MIN || (threshold !== null && bounds.topicFreeBound(text) < threshold);
  const terms = essentialTerms(index, query, skippable);
  const capacity = terms.reduce((sum, termId) => sum + (index.termPostings[termId]?.length ?? 0), 0);
  const subject = new CandidateList(capacity);
  for (const termId of terms) {
    for (const profileIndex of index.termPostings[termId] ?? []) {
      if (!firstLook(bounds, gathered, profileIndex)) continue;
      const text = bounds.text(profileIndex);
      if (bounds.sharesSubject(profileIndex, text))
        subject.push(profileIndex, bounds.scoreBound(profileIndex, bounds.topic(profileIndex), text));
    }
  }
  return subject.done();
}

/** Whether this is the first look at the profile in this query and it is visible and type-compatible. */
function firstLook(bounds: QueryBounds, gathered: Uint8Array, profileIndex: number): boolean {
  if (gathered[profileIndex] === 1) return false;
  gathered[profileIndex] = 1;
  return bounds.reachable(profileIndex);
}

/** A growing list of candidates with bounds, in typed arrays of a fixed capacity. */
export class CandidateList {
  private readonly profiles: Int32Array;
  private readonly bounds: Float64Array;
  private length = 0;

  constructor(capacity: number) {
    this.profiles = new Int32Array(capacity);
    this.bounds = new Float64Array(capacity);
  }

  push(profileIndex: number, bound: number): void {
    this.profiles[this.length] = profileIndex;
    this.bounds[this.length] = bound;
    this.length += 1;
  }

  done(): BoundedCandidates {
    return { profiles: this.profiles.subarray(0, this.length), bounds: this.bounds.subarray(0, this.length) };
  }
}
