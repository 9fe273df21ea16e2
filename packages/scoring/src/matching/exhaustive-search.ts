import { type MatchCorpus } from "./corpus";
import { exclusionReason, requesterBlock } from "./eligibility";
import { createMatchQuery, evaluatePair, type MatchSettings, type PairEvaluation } from "./match-query";
import { compareEvaluations } from "./ranking";

/**
 * Ranked matches for profile `forId` by scoring every eligible candidate: the reference the indexed
 * search must reproduce exactly. Empty when the requester is expired or without consent.
 */
export function findMatchesExhaustive(corpus: MatchCorpus, forId: string, settings: MatchSettings): PairEvaluation[] {
  const query = createMatchQuery(corpus, forId, settings);
  if (!query || requesterBlock(corpus, query.requester, query.asOf) !== null) return [];
  const scored: PairEvaluation[] = [];
  for (const candidate of corpus.profiles) {
    if (candidate.index === query.requester.index) continue;
    if (exclusionReason(corpus, query.requester, candidate, query.asOf) !== null) continue;
    const evaluation = evaluatePair(query, candidate);
    if (evaluation.score > 0) scored.push(evaluation);
  }
  return scored.sort(compareEvaluations).slice(0, query.limit);
}
