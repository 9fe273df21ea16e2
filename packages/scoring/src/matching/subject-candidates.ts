import { isNaceCode, topicParent } from "./factors/topic";
import { type MatchIndex } from "./match-index";
import { type MatchQuery, SUBJECT_TEXT_MIN } from "./match-query";
import { type QueryBounds } from "./query-bounds";

// Float sums in another order than the exact cosine may differ in the last bits; these keep bounds above it.
const TEXT_MARGIN = 1e-9;

/** Candidates, each with an upper bound of its score. */
export interface BoundedCandidates {
  profiles: Int32Array;
  bounds: Float64Array;
}

/** Candidates that may share a subject, and those that share only a NACE code (topic > 0, no subject). */
export interface SubjectCandidates {
  subject: BoundedCandidates;
  naceOnly: BoundedCandidates;
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
 * Every visible, type-compatible profile that may share a subject (DOMAIN.md §5.3: a technology tag,
 * or text ≥ SUBJECT_TEXT_MIN) — all of them are in the postings of the requester's tags (the item, its
 * children, its parent) or of its selective terms — and every one with topic > 0 through a NACE code
 * only, each with an upper bound of its score: exact topic, the accumulated selective text plus the rest
 * bound, and `QueryBounds` for the others.
 */
export function gatherSubjectCandidates(index: MatchIndex, query: MatchQuery, bounds: QueryBounds): SubjectCandidates {
  const { requester } = query;
  const { text, sharesTag, touched, state } = scratchOf(index);
  let touchedCount = 0;
  const stateWritten: number[] = [];
  state[requester.index] = 2;
  const admit = (profileIndex: number): boolean => {
    const known = state[profileIndex] ?? 2;
    if (known !== 0) return known === 1;
    const ok = bounds.reachable(profileIndex);
    state[profileIndex] = ok ? 1 : 2;
    if (!ok) stateWritten.push(profileIndex);
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
    // A tag's parent and children are tags, a code's are codes: the postings of a tag are profiles sharing a tag.
    const tag = isNaceCode(item) ? 0 : 1;
    const parent = topicParent(item);
    for (const list of [
      index.topicPostings.get(item),
      index.childPostings.get(item),
      parent === null ? undefined : index.topicPostings.get(parent),
    ]) {
      for (const profileIndex of list ?? []) {
        if (admit(profileIndex)) sharesTag[profileIndex] = (sharesTag[profileIndex] ?? 0) | tag;
      }
    }
  }

  const subject = new CandidateList(touchedCount);
  const naceOnly = new CandidateList(touchedCount);
  for (let k = 0; k < touchedCount; k++) {
    const profileIndex = touched[k] ?? 0;
    const topicValue = bounds.topic(profileIndex);
    const textBound = (text[profileIndex] ?? 0) * (1 + TEXT_MARGIN) + TEXT_MARGIN + restTextBound;
    const maySubject = sharesTag[profileIndex] === 1 || textBound >= SUBJECT_TEXT_MIN;
    if (maySubject) subject.push(profileIndex, bounds.scoreBound(profileIndex, topicValue, textBound));
    else if (topicValue > 0) naceOnly.push(profileIndex, bounds.scoreBound(profileIndex, topicValue, textBound));
  }
  // Leave the scratch as found: only the entries this query touched were written.
  state[requester.index] = 0;
  for (let k = 0; k < touchedCount; k++) {
    const profileIndex = touched[k] ?? 0;
    text[profileIndex] = 0;
    sharesTag[profileIndex] = 0;
    state[profileIndex] = 0;
  }
  for (const profileIndex of stateWritten) state[profileIndex] = 0;
  return { subject: subject.done(), naceOnly: naceOnly.done() };
}

/** Per-profile arrays of one query, kept with the index and reset after each query (no allocation per query). */
interface Scratch {
  text: Float64Array;
  sharesTag: Uint8Array;
  touched: Int32Array;
  state: Uint8Array;
}

const scratches = new WeakMap<MatchIndex, Scratch>();

function scratchOf(index: MatchIndex): Scratch {
  const count = index.corpus.profiles.length;
  const known = scratches.get(index);
  if (known && known.state.length === count) return known;
  const scratch = {
    text: new Float64Array(count),
    sharesTag: new Uint8Array(count),
    touched: new Int32Array(count),
    state: new Uint8Array(count),
  };
  scratches.set(index, scratch);
  return scratch;
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
