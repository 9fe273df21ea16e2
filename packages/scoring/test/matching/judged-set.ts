import { readFileSync } from "node:fs";
import { matchDataSchema, type MatchData } from "../../src/matching";

/** The judged relevance set (written before the engine): its corpus, date and graded judgments. */
export interface JudgedSet {
  asOf: string;
  data: MatchData;
  queries: { for: string; relevance: Record<string, number> }[];
}

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./judged/${name}`, import.meta.url), "utf8"));

export function loadJudgedSet(): JudgedSet {
  const corpus = read("corpus.json") as { asOf: string };
  const judgments = read("judgments.json") as { queries: JudgedSet["queries"] };
  return { asOf: corpus.asOf, data: matchDataSchema.parse(corpus), queries: judgments.queries };
}

/** nDCG@k with gain 2^rel − 1; the ideal ranking uses the judgments of the rankable candidates only. */
export function ndcgAtK(ranking: readonly string[], relevance: Record<string, number>, rankable: readonly string[], k: number): number {
  const dcg = (grades: readonly number[]): number =>
    grades.slice(0, k).reduce((sum, grade, at) => sum + (2 ** grade - 1) / Math.log2(at + 2), 0);
  const ideal = dcg(rankable.map((id) => relevance[id] ?? 0).sort((a, b) => b - a));
  return ideal === 0 ? Number.NaN : dcg(ranking.map((id) => relevance[id] ?? 0)) / ideal;
}
