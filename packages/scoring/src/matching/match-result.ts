import { matchedTopicItems } from "./factors/topic";
import { type ExclusionReason } from "./eligibility";
import { type MatchQuery, type PairEvaluation } from "./match-query";
import { sharedTermContributions } from "./text/tfidf";
import { factorNames, type FactorValues } from "./weights";

/** One match as the `match` command outputs it (SCORING-CLI.md). */
export interface MatchEntry {
  profile: string;
  /** 0–100, one decimal. */
  score: number;
  typeWeight: number;
  /** Each factor in [0, 1], two decimals. */
  factors: FactorValues;
  matchedTags: string[];
  /** Words of the requesting profile's text that carry the text similarity, as written. */
  sharedTerms: string[];
}

export interface ExcludedProfile {
  profile: string;
  reason: ExclusionReason;
}

export interface MatchOutput {
  matches: MatchEntry[];
  excluded: ExcludedProfile[];
}

const MAX_SHARED_TERMS = 10;

/** Half-up rounding that ignores binary noise (68.85 is stored as 68.8499…). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(Number((value * scale).toPrecision(12))) / scale;
}

export function roundFactors(factors: FactorValues, decimals: number): FactorValues {
  return Object.fromEntries(factorNames.map((name) => [name, roundTo(factors[name], decimals)])) as FactorValues;
}

/** Surfaces of the shared terms, most contributing first, each word once. */
export function sharedTerms(query: MatchQuery, evaluation: PairEvaluation): string[] {
  const seen = new Set<string>();
  const surfaces: string[] = [];
  for (const { surface } of sharedTermContributions(query.requester.vector, evaluation.candidate.vector)) {
    const key = surface.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    surfaces.push(surface);
    if (surfaces.length === MAX_SHARED_TERMS) break;
  }
  return surfaces;
}

export function toMatchEntry(query: MatchQuery, evaluation: PairEvaluation): MatchEntry {
  return {
    profile: evaluation.candidate.id,
    score: roundTo(evaluation.score, 1),
    typeWeight: evaluation.typeWeight,
    factors: roundFactors(evaluation.factors, 2),
    matchedTags: matchedTopicItems(query.requester.topicItems, evaluation.candidate.topicItems),
    sharedTerms: sharedTerms(query, evaluation),
  };
}
