import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildMatchIndex, findMatchesExhaustive, findMatchesIndexed, type PairEvaluation, prepareMatchCorpus } from "../../src/matching";
import { syntheticWorld } from "./synthetic-world";

const searchPlans = ["auto", "scan", "gather"] as const;
const summary = (results: PairEvaluation[]) =>
  results.map((result) => ({ id: result.candidate.id, score: result.score, factors: result.factors }));

describe("indexed search", () => {
  it("returns exactly the exhaustive top-k (ids, scores, factors) on random worlds, weights and limits, with either plan", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom(
          {},
          { topic: 0.05, text: 0.05, partnership: 0.3, geography: 0.3, actors: 0.2, reciprocity: 0.1 },
          { topic: 0.5, text: 0.5, partnership: 0, geography: 0, actors: 0, reciprocity: 0 },
        ),
        (seed, clusters, limit, weights) => {
          const corpus = prepareMatchCorpus(syntheticWorld(seed, clusters, 80));
          const index = buildMatchIndex(corpus);
          for (const requester of corpus.profiles.slice(0, 20)) {
            const settings = { asOf: "2026-06-30", limit, weights };
            const exhaustive = summary(findMatchesExhaustive(corpus, requester.id, settings));
            for (const plan of searchPlans) expect(summary(findMatchesIndexed(index, requester.id, settings, plan))).toEqual(exhaustive);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("agrees with exhaustive scoring for 200 queries on a 3,000-profile world of 60 clusters", () => {
    const corpus = prepareMatchCorpus(syntheticWorld(42, 60, 3000));
    const index = buildMatchIndex(corpus);
    let identical = 0;
    for (let query = 0; query < 200; query += 1) {
      const requester = corpus.profiles[(query * 7919) % corpus.profiles.length];
      if (!requester) continue;
      const settings = { asOf: "2026-06-30" };
      if (
        JSON.stringify(summary(findMatchesIndexed(index, requester.id, settings))) ===
        JSON.stringify(summary(findMatchesExhaustive(corpus, requester.id, settings)))
      )
        identical += 1;
    }
    expect(identical).toBe(200);
  });
});
