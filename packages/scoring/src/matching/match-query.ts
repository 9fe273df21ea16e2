import { actorsFactor } from "./factors/actor-complementarity";
import { geographyFactor, haversineKm } from "./factors/geography";
import { partnershipOverlap } from "./factors/partnership";
import { sharesTechnologyTag, topicSimilarity } from "./factors/topic";
import { typeWeight } from "./factors/type-weight";
import { type MatchCorpus, type PreparedCluster, type PreparedProfile } from "./corpus";
import { createReciprocity } from "./reciprocity";
import { cosineSimilarity } from "./text/tfidf";
import { factorNames, type FactorValues, type FactorWeights, mergeWeights } from "./weights";

/** What a caller chooses per request; weights are merged with the defaults. */
export interface MatchSettings {
  asOf: string;
  weights?: Partial<FactorWeights>;
  limit?: number;
}

/** One requesting profile with everything its pair evaluations share. */
export interface MatchQuery {
  corpus: MatchCorpus;
  requester: PreparedProfile;
  office: PreparedCluster;
  asOf: string;
  weights: FactorWeights;
  limit: number;
  reciprocity: (candidate: PreparedProfile) => 0 | 1;
}

/** An eligible candidate with its unrounded factors and score. */
export interface PairEvaluation {
  candidate: PreparedProfile;
  typeWeight: number;
  factors: FactorValues;
  score: number;
  /** Whether the pair shares a subject (`sharesSubject`); such candidates rank first (DOMAIN.md §5.3). */
  subject: boolean;
}

/**
 * A text similarity below this comes from a few common words (the text analysis keeps words like
 * "development" or "Fertigung"), not from a shared subject. The indexed search gathers candidates from
 * the postings of the query terms that can add more; the rest together stay below it.
 */
export const SUBJECT_TEXT_MIN = 0.1;

/**
 * A pair shares a subject when it shares a technology tag (also through parent and child) or its texts
 * are similar beyond common words (text ≥ SUBJECT_TEXT_MIN). DOMAIN.md §5.3: a candidate without one
 * never outranks one with one on the preference factors — nor on a shared NACE code, which names the
 * organisations' activity, not the subject.
 */
export function sharesSubject(requester: PreparedProfile, candidate: PreparedProfile, text: number): boolean {
  return text >= SUBJECT_TEXT_MIN || sharesTechnologyTag(requester.topicItems, candidate.topicItems);
}

export const DEFAULT_LIMIT = 10;

/** The query for profile `forId`, or null when the corpus has no such profile. */
export function createMatchQuery(corpus: MatchCorpus, forId: string, settings: MatchSettings): MatchQuery | null {
  const requester = corpus.profiles[corpus.profileIndex.get(forId) ?? -1];
  const office = requester ? corpus.clusters[requester.cluster] : undefined;
  if (!requester || !office) return null;
  return {
    corpus,
    requester,
    office,
    asOf: settings.asOf,
    weights: mergeWeights(settings.weights),
    limit: settings.limit ?? DEFAULT_LIMIT,
    reciprocity: createReciprocity(corpus, requester, settings.asOf),
  };
}

/** score = 100 × typeWeight × Σ weight × factor, summed in factor order so every path gets the same float. */
export function weightedScore(weights: FactorWeights, factors: FactorValues, pairTypeWeight: number): number {
  let sum = 0;
  for (const name of factorNames) sum += weights[name] * factors[name];
  return 100 * pairTypeWeight * sum;
}

/** Factors and score of an eligible candidate (eligibility is the caller's check). */
export function evaluatePair(query: MatchQuery, candidate: PreparedProfile): PairEvaluation {
  const { corpus, requester, office } = query;
  const organisation = corpus.organisations[candidate.org];
  const requesterCategory = corpus.organisations[requester.org]?.category ?? "other";
  const distance = organisation ? haversineKm(office.lat, office.lon, organisation.lat, organisation.lon) : Number.POSITIVE_INFINITY;
  const factors: FactorValues = {
    topic: topicSimilarity(requester.topicItems, candidate.topicItems),
    text: cosineSimilarity(requester.vector, candidate.vector),
    partnership: partnershipOverlap(requester.partnerships, candidate.partnerships),
    geography: geographyFactor(distance, office.radiusKm),
    actors: actorsFactor(requesterCategory, organisation?.category ?? "other"),
    reciprocity: query.reciprocity(candidate),
  };
  const pairTypeWeight = typeWeight(requester.type, candidate.type);
  return {
    candidate,
    typeWeight: pairTypeWeight,
    factors,
    score: weightedScore(query.weights, factors, pairTypeWeight),
    subject: sharesSubject(requester, candidate, factors.text),
  };
}
