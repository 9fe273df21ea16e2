import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  createMatchQuery,
  evaluatePair,
  findMatchesExhaustive,
  findMatchesIndexed,
  type MatchData,
  type PairEvaluation,
  prepareMatchCorpus,
  requesterBlock,
} from "../../src/matching";
import { QueryBounds } from "../../src/matching/query-bounds";
import { gatherTextCandidates, gatherTopicCandidates } from "../../src/matching/subject-candidates";
import { syntheticWorld } from "./synthetic-world";

const asOf = "2026-06-30";
const summary = (results: PairEvaluation[]) =>
  results.map((result) => ({ id: result.candidate.id, score: result.score, factors: result.factors }));

/** Every cluster in open matchmaking: each requester sees most of the world, and with the small word pool every query is broad. */
function broadWorld(seed: number): MatchData {
  const world = syntheticWorld(seed, 6, 1200);
  return { ...world, clusters: world.clusters.map((cluster) => ({ ...cluster, openMatchmaking: true })) };
}

const weightSets = [
  {},
  { topic: 0.05, text: 0.6, partnership: 0.1, geography: 0.1, actors: 0.05, reciprocity: 0.1 },
  { topic: 0.5, text: 0, partnership: 0.2, geography: 0.1, actors: 0.1, reciprocity: 0.1 },
];

describe("max-score cut of the text pass (candidates with topic 0)", () => {
  it("skips only candidates scoring below the threshold it is given", () => {
    const corpus = prepareMatchCorpus(broadWorld(7));
    const index = buildMatchIndex(corpus);
    let skipped = 0;
    for (const weights of weightSets) {
      for (const requester of corpus.profiles.slice(0, 60)) {
        const query = createMatchQuery(corpus, requester.id, { asOf, weights });
        if (!query || requesterBlock(corpus, requester, asOf) !== null) continue;
        const bounds = new QueryBounds(index, query);
        const gathered = new Uint8Array(corpus.profiles.length);
        gathered[requester.index] = 1;
        gatherTopicCandidates(index, query, bounds, gathered);
        const uncut = gatherTextCandidates(index, query, bounds, gathered.slice(), null).profiles;
        for (const threshold of [20, 35, 50, 65]) {
          const kept = new Set(gatherTextCandidates(index, query, bounds, gathered.slice(), threshold).profiles);
          for (const profileIndex of uncut) {
            const candidate = corpus.profiles[profileIndex];
            if (kept.has(profileIndex) || !candidate) continue;
            expect(evaluatePair(query, candidate).score).toBeLessThan(threshold);
            skipped += 1;
          }
        }
      }
    }
    // The cut must actually have skipped candidates, or the checks above proved nothing.
    expect(skipped).toBeGreaterThan(100);
  });

  it("keeps the gathered top-k identical to the exhaustive one on broad queries", () => {
    for (const seed of [1, 2, 3]) {
      const corpus = prepareMatchCorpus(broadWorld(seed));
      const index = buildMatchIndex(corpus);
      for (const weights of weightSets) {
        for (const limit of [1, 5, 10]) {
          for (const requester of corpus.profiles.slice(0, 40)) {
            const settings = { asOf, weights, limit };
            expect(summary(findMatchesIndexed(index, requester.id, settings, "gather"))).toEqual(
              summary(findMatchesExhaustive(corpus, requester.id, settings)),
            );
          }
        }
      }
    }
  });
});
