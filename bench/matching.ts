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
import { evaluateJudgedSet, loadJudgedSet } from "@clusterwerk/scoring/matching/judged-set";
import { generateMatchingWorld, MATCHING_AS_OF } from "./matching-data";

const CLUSTERS = 1300;
const PROFILES = 50_000;
const QUERIES = 200;
const WARM_UP = 20;
const TARGET_P95_MS = 20;
const JUDGED_GATE = 1.3;

const round = (value: number, decimals = 1): number => Number(value.toFixed(decimals));
const fingerprint = (results: PairEvaluation[]): string => JSON.stringify(results.map((result) => [result.candidate.id, result.score]));

/** CPU time of one call (user + system): on a machine shared with other jobs, wall time mostly measures waiting. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Top-10 matching among 50,000 profiles of 1,300 clusters: build time of the text corpus and the
 * index, p50/p95 latency (wall and CPU) of the indexed search against scoring every eligible pair,
 * whether both give identical results for 200 random live requesters, and ranking quality on the
 * judged set (nDCG@10, default weights, against tag overlap).
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
    const indexedCpu: number[] = [];
    const exhaustiveCpu: number[] = [];
    let identical = 0;
    for (const id of queries) {
      let indexed: PairEvaluation[] = [];
      let exhaustive: PairEvaluation[] = [];
      indexedMs.push(timeMs(() => (indexed = findMatchesIndexed(index, id, settings))));
      exhaustiveMs.push(timeMs(() => (exhaustive = findMatchesExhaustive(corpus, id, settings))));
      indexedCpu.push(cpuMs(() => findMatchesIndexed(index, id, settings)));
      exhaustiveCpu.push(cpuMs(() => findMatchesExhaustive(corpus, id, settings)));
      if (fingerprint(indexed) === fingerprint(exhaustive)) identical += 1;
    }
    const indexedP95 = percentile(indexedMs, 95);
    const exhaustiveP95 = percentile(exhaustiveMs, 95);
    const indexedCpuP95 = percentile(indexedCpu, 95);
    const exhaustiveCpuP95 = percentile(exhaustiveCpu, 95);
    const judged = evaluateJudgedSet(loadJudgedSet(), 10);
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
      {
        name: "matching: top-10 p50 latency, exhaustive",
        value: round(percentile(exhaustiveMs, 50), 2),
        unit: "ms",
        target: null,
        ok: null,
      },
      { name: "matching: exhaustive p95 / indexed p95", value: round(exhaustiveP95 / indexedP95, 1), unit: "×", target: null, ok: null },
      {
        name: "matching: top-10 p95 CPU time, indexed",
        value: round(indexedCpuP95, 2),
        unit: "ms",
        target: `< ${TARGET_P95_MS} ms`,
        ok: indexedCpuP95 < TARGET_P95_MS,
      },
      { name: "matching: top-10 p50 CPU time, indexed", value: round(percentile(indexedCpu, 50), 2), unit: "ms", target: null, ok: null },
      { name: "matching: top-10 p95 CPU time, exhaustive", value: round(exhaustiveCpuP95, 2), unit: "ms", target: null, ok: null },
      {
        name: "matching: top-10 p50 CPU time, exhaustive",
        value: round(percentile(exhaustiveCpu, 50), 2),
        unit: "ms",
        target: null,
        ok: null,
      },
      {
        name: "matching: exhaustive / indexed, p95 CPU time",
        value: round(exhaustiveCpuP95 / indexedCpuP95, 1),
        unit: "×",
        target: null,
        ok: null,
      },
      {
        name: `matching: judged set nDCG@10, engine (default weights, ${judged.queries} queries)`,
        value: round(judged.engine, 3),
        unit: "",
        target: null,
        ok: null,
      },
      { name: "matching: judged set nDCG@10, tag overlap", value: round(judged.tagOverlap, 3), unit: "", target: null, ok: null },
      {
        name: "matching: judged set nDCG@10, engine / tag overlap",
        value: round(judged.ratio, 2),
        unit: "×",
        target: `≥ ${JUDGED_GATE}`,
        ok: judged.ratio >= JUDGED_GATE,
      },
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
