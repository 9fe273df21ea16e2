import { performance } from "node:perf_hooks";
import {
  buildMatchIndex,
  findMatchesExhaustive,
  findMatchesIndexed,
  type PairEvaluation,
  prepareMatchCorpus,
  requesterBlock,
} from "@clusterwerk/scoring/matching";
import type { Benchmark, Figure } from "./lib/figure";
import { percentile, seededRandom, timeMs } from "./lib/timing";
import { generateMatchingWorld, MATCHING_AS_OF } from "./matching-data";

const CLUSTERS = 1300;
const PROFILES = 50_000;
const QUERIES = 200;
const WARM_UP = 20;
const TARGET_P95_MS = 50;

const round = (value: number, decimals = 1): number => Number(value.toFixed(decimals));
const fingerprint = (results: PairEvaluation[]): string => JSON.stringify(results.map((result) => [result.candidate.id, result.score]));

/**
 * Top-10 matching among 50,000 profiles of 1,300 clusters: build time of the text corpus and the
 * index, p95 latency of the indexed search against scoring every eligible pair, and whether both
 * give identical results for 200 random live requesters.
 */
export const matchingBenchmark: Benchmark = {
  name: "matching",
  run: () => {
    const data = generateMatchingWorld(CLUSTERS, PROFILES);
    const start = performance.now();
    const corpus = prepareMatchCorpus(data);
    const analysedAt = performance.now();
    const index = buildMatchIndex(corpus);
    const indexedAt = performance.now();

    const random = seededRandom(7);
    const live = corpus.profiles.filter((profile) => requesterBlock(corpus, profile, MATCHING_AS_OF) === null);
    const queries = Array.from({ length: QUERIES }, () => live[Math.floor(random() * live.length)]?.id ?? "");
    const settings = { asOf: MATCHING_AS_OF, limit: 10 };
    for (const id of queries.slice(0, WARM_UP)) {
      findMatchesIndexed(index, id, settings);
      findMatchesExhaustive(corpus, id, settings);
    }
    const indexedMs: number[] = [];
    const exhaustiveMs: number[] = [];
    let identical = 0;
    for (const id of queries) {
      let indexed: PairEvaluation[] = [];
      let exhaustive: PairEvaluation[] = [];
      indexedMs.push(timeMs(() => (indexed = findMatchesIndexed(index, id, settings))));
      exhaustiveMs.push(timeMs(() => (exhaustive = findMatchesExhaustive(corpus, id, settings))));
      if (fingerprint(indexed) === fingerprint(exhaustive)) identical += 1;
    }
    const indexedP95 = percentile(indexedMs, 95);
    const exhaustiveP95 = percentile(exhaustiveMs, 95);
    const figures: Figure[] = [
      {
        name: "matching: text analysis + TF-IDF of 50,000 profiles",
        value: round(analysedAt - start, 0),
        unit: "ms",
        target: null,
        ok: null,
      },
      {
        name: "matching: index build (50,000 profiles, 1,300 clusters)",
        value: round(indexedAt - analysedAt, 0),
        unit: "ms",
        target: null,
        ok: null,
      },
      {
        name: "matching: top-10 p95 latency, indexed",
        value: round(indexedP95, 2),
        unit: "ms",
        target: `< ${TARGET_P95_MS} ms`,
        ok: indexedP95 < TARGET_P95_MS,
      },
      { name: "matching: top-10 p50 latency, indexed", value: round(percentile(indexedMs, 50), 2), unit: "ms", target: null, ok: null },
      { name: "matching: top-10 p95 latency, exhaustive", value: round(exhaustiveP95, 2), unit: "ms", target: null, ok: null },
      { name: "matching: exhaustive p95 / indexed p95", value: round(exhaustiveP95 / indexedP95, 1), unit: "×", target: null, ok: null },
      {
        name: "matching: identical top-10 results (indexed vs exhaustive)",
        value: identical,
        unit: `of ${QUERIES} queries`,
        target: `${QUERIES}/${QUERIES}`,
        ok: identical === QUERIES,
      },
    ];
    return figures;
  },
};
