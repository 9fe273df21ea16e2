import { type MatchCorpus } from "./corpus";
import { type ExclusionReason, exclusionReason, requesterBlock } from "./eligibility";
import { createMatchQuery, evaluatePair, type MatchSettings } from "./match-query";
import { roundFactors, toMatchEntry } from "./match-result";
import { factorNames, type FactorValues } from "./weights";

/** Why a pair cannot match: a candidate reason, or a reason on the requesting profile's side. */
export type PairBlock = ExclusionReason | "requester-expired" | "requester-consent" | "same-profile" | "unknown-profile";

export type PairExplanation =
  | { profile: string; eligible: false; reason: PairBlock }
  | {
      profile: string;
      eligible: true;
      score: number;
      typeWeight: number;
      factors: FactorValues;
      /** Points each factor adds to the score (100 × typeWeight × weight × factor), one decimal. */
      contributions: FactorValues;
      matchedTags: string[];
      sharedTerms: string[];
    };

/**
 * "Why (not)" for one pair: profile `b` as a candidate for requester `a` on `settings.asOf`. An
 * ineligible pair names the first applicable reason; an eligible one its factor contributions.
 */
export function explainPair(a: string, b: string, corpus: MatchCorpus, settings: MatchSettings): PairExplanation {
  const query = createMatchQuery(corpus, a, settings);
  const candidate = corpus.profiles[corpus.profileIndex.get(b) ?? -1];
  if (!query || !candidate) return { profile: b, eligible: false, reason: "unknown-profile" };
  if (candidate.index === query.requester.index) return { profile: b, eligible: false, reason: "same-profile" };
  const blocked = requesterBlock(corpus, query.requester, query.asOf);
  if (blocked !== null) return { profile: b, eligible: false, reason: `requester-${blocked}` };
  const reason = exclusionReason(corpus, query.requester, candidate, query.asOf);
  if (reason !== null) return { profile: b, eligible: false, reason };

  const evaluation = evaluatePair(query, candidate);
  const entry = toMatchEntry(query, evaluation);
  const points = Object.fromEntries(
    factorNames.map((name) => [name, 100 * evaluation.typeWeight * query.weights[name] * evaluation.factors[name]]),
  ) as FactorValues;
  return {
    profile: b,
    eligible: true,
    score: entry.score,
    typeWeight: entry.typeWeight,
    factors: roundFactors(evaluation.factors, 2),
    contributions: roundFactors(points, 1),
    matchedTags: entry.matchedTags,
    sharedTerms: entry.sharedTerms,
  };
}
