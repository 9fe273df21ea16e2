import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  buildMatchIndexSteps,
  type MatchCorpus,
  prepareMatchCorpus,
  prepareMatchCorpusSteps,
  STEP_SLICE,
  type Steps,
} from "../../src/matching";
import { syntheticWorld } from "./synthetic-world";

/** What matching reads from a corpus: the term list and each profile's vector, without the reuse map itself. */
const comparable = (corpus: MatchCorpus) => ({ terms: corpus.terms, profiles: corpus.profiles });

/** Runs two stepwise computations turn by turn, one slice each, as two builds sharing a process would; counts the first's yields. */
function interleaved<A, B>(a: Steps<A>, b: Steps<B>): { a: A; b: B; yields: number } {
  let left = a.next();
  let right = b.next();
  let yields = 0;
  while (!left.done || !right.done) {
    if (!left.done) {
      yields += 1;
      left = a.next();
    }
    if (!right.done) right = b.next();
  }
  return { a: left.value, b: right.value, yields };
}

/** Slices of `STEP_SLICE` profiles in a world of `count`. */
const slicesOf = (count: number) => Math.ceil(count / STEP_SLICE);

describe("the match index builds in slices (a web instance answers requests between them)", () => {
  it("yields once per slice of profiles in every pass, and two builds run turn by turn each equal one built at once", () => {
    const first = syntheticWorld(7, 4, 1_200);
    const second = syntheticWorld(8, 3, 900);
    // A rebuild: every text analysed before, so only the passes over the profiles yield.
    const previous = prepareMatchCorpus(first).analysedProfiles;
    const corpora = interleaved(prepareMatchCorpusSteps(first, previous), prepareMatchCorpusSteps(second));
    // Five passes: the texts, three in the TF-IDF fit, the prepared profiles.
    expect(corpora.yields).toBeGreaterThanOrEqual(5 * slicesOf(first.profiles.length));
    expect(comparable(corpora.a)).toEqual(comparable(prepareMatchCorpus(first)));
    expect(comparable(corpora.b)).toEqual(comparable(prepareMatchCorpus(second)));

    const indexes = interleaved(buildMatchIndexSteps(corpora.a), buildMatchIndexSteps(corpora.b));
    // Three passes: buckets and topics, text postings, profile codes.
    expect(indexes.yields).toBeGreaterThanOrEqual(3 * slicesOf(first.profiles.length));
    const { corpus: _a, ...a } = indexes.a;
    const { corpus: _b, ...b } = indexes.b;
    const { corpus: _c, ...atOnceA } = buildMatchIndex(corpora.a);
    const { corpus: _d, ...atOnceB } = buildMatchIndex(corpora.b);
    expect(a).toEqual(atOnceA);
    expect(b).toEqual(atOnceB);
  });
});
