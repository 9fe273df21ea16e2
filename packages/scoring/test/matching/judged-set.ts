import { readFileSync } from "node:fs";
import {
  exclusionReason,
  findMatchesExhaustive,
  haversineKm,
  type MatchCorpus,
  matchDataSchema,
  type MatchData,
  prepareMatchCorpus,
} from "../../src/matching";

/** The judged set (judged/RUBRIC.md): its corpus, date, and per query the subject grades and the partner-fit grades. */
export interface JudgedSet {
  asOf: string;
  data: MatchData;
  queries: { for: string; subject: Record<string, number>; relevance: Record<string, number> }[];
}

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./judged/${name}`, import.meta.url), "utf8"));

/** Types where parts travel between the sites and people meet often (RUBRIC.md step 3). */
const proximityBound = new Set(["subcontracting", "manufacturing-agreement"]);
const REGION_KM = 300;

/** RUBRIC.md: the subject grade lowered by 1 for disjoint partnership types and by 1 for a far partner where proximity matters. */
export function partnerFitGrade(data: MatchData, queryId: string, candidateId: string, subject: number): number {
  const profileOf = (id: string) => data.profiles.find((profile) => profile.id === id);
  const organisationOf = (id: string | undefined) => data.organisations.find((organisation) => organisation.id === id);
  const query = profileOf(queryId);
  const candidate = profileOf(candidateId);
  if (!query || !candidate || subject <= 0) return 0;
  const disjoint =
    query.partnerships.length > 0 &&
    candidate.partnerships.length > 0 &&
    !query.partnerships.some((type) => candidate.partnerships.includes(type));
  const mine = organisationOf(query.org);
  const theirs = organisationOf(candidate.org);
  const far = mine && theirs ? haversineKm(mine.lat, mine.lon, theirs.lat, theirs.lon) > REGION_KM : false;
  const needsProximity = query.partnerships.length > 0 && query.partnerships.every((type) => proximityBound.has(type));
  return Math.max(0, subject - (disjoint ? 1 : 0) - (needsProximity && far ? 1 : 0));
}

export function loadJudgedSet(): JudgedSet {
  const corpus = read("corpus.json") as { asOf: string };
  const judgments = read("judgments.json") as { queries: { for: string; subject: Record<string, number> }[] };
  const data = matchDataSchema.parse(corpus);
  const queries = judgments.queries.map((query) => ({
    ...query,
    relevance: Object.fromEntries(Object.entries(query.subject).map(([id, grade]) => [id, partnerFitGrade(data, query.for, id, grade)])),
  }));
  return { asOf: corpus.asOf, data, queries };
}

/** nDCG@k with gain 2^rel − 1; the ideal ranking uses the judgments of the rankable candidates only. */
export function ndcgAtK(ranking: readonly string[], relevance: Record<string, number>, rankable: readonly string[], k: number): number {
  const dcg = (grades: readonly number[]): number =>
    grades.slice(0, k).reduce((sum, grade, at) => sum + (2 ** grade - 1) / Math.log2(at + 2), 0);
  const ideal = dcg(rankable.map((id) => relevance[id] ?? 0).sort((a, b) => b - a));
  return ideal === 0 ? Number.NaN : dcg(ranking.map((id) => relevance[id] ?? 0)) / ideal;
}

function eligibleFor(corpus: MatchCorpus, id: string, asOf: string): string[] {
  const requester = corpus.profiles[corpus.profileIndex.get(id) ?? -1];
  if (!requester) return [];
  return corpus.profiles
    .filter((candidate) => candidate.index !== requester.index && exclusionReason(corpus, requester, candidate, asOf) === null)
    .map((candidate) => candidate.id);
}

/** The baseline of event matchmakers: Jaccard of technology tags, same eligibility filter, overlap > 0, ties by id. */
export function tagOverlapRanking(data: MatchData, id: string, eligible: readonly string[]): string[] {
  const tagsOf = new Map(data.profiles.map((entry) => [entry.id, new Set(entry.tags)]));
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

export interface JudgedFigures {
  queries: number;
  engine: number;
  tagOverlap: number;
  ratio: number;
}

/** Mean nDCG@k of the engine with the DEFAULT weights and of tag overlap over the queries that have a relevant eligible candidate. */
export function evaluateJudgedSet(set: JudgedSet, k: number): JudgedFigures {
  const corpus = prepareMatchCorpus(set.data);
  let engine = 0;
  let tagOverlap = 0;
  let queries = 0;
  for (const query of set.queries) {
    const eligible = eligibleFor(corpus, query.for, set.asOf);
    const ranked = findMatchesExhaustive(corpus, query.for, { asOf: set.asOf, limit: k }).map((entry) => entry.candidate.id);
    const score = ndcgAtK(ranked, query.relevance, eligible, k);
    // A query none of whose relevant profiles is eligible cannot be ranked by anyone.
    if (Number.isNaN(score)) continue;
    engine += score;
    tagOverlap += ndcgAtK(tagOverlapRanking(set.data, query.for, eligible), query.relevance, eligible, k);
    queries += 1;
  }
  return { queries, engine: engine / queries, tagOverlap: tagOverlap / queries, ratio: engine / tagOverlap };
}
