import {
  coverage,
  demandByCategory,
  demandHeatmap,
  demandTrend,
  loadMipSolver,
  planServicesGreedy,
  responseRate,
  searchServicePlan,
  serviceInvitees,
  unmetNeeds,
} from "@clusterwerk/scoring/needs";
import type { Benchmark, Figure } from "./lib/figure";
import { generateNeedsWorld } from "./needs-data";
import { percentile, timeMs } from "./lib/timing";

const NEEDS = 20_000;
const SERVICES = 2_000;
const ANALYSIS_TARGET_MS = 200;
const GREEDY_TARGET_MS = 1_000;
/** Mid-sized inputs where the exact planner finishes, to compare the greedy with the optimum. */
const MID_SIZES = [30, 60, 100] as const;

const info = (name: string, value: number, unit: string): Figure => ({ name, value, unit, target: null, ok: null });

export const needsBenchmark: Benchmark = {
  name: "needs",
  run: async () => {
    const figures: Figure[] = [];
    const world = generateNeedsWorld(NEEDS, SERVICES);
    const analysis = () => {
      demandByCategory(world.needs);
      demandHeatmap(world.needs);
      demandTrend(world.needs, world.previousAnswers);
      coverage(world.needs, world.services);
      unmetNeeds(world.needs, world.services);
      serviceInvitees(world.needs, world.services);
      responseRate(world.invited, world.responded);
    };
    analysis();
    const analysisMs = Array.from({ length: 7 }, () => timeMs(analysis));
    const analysisP50 = percentile(analysisMs, 50);
    figures.push({
      name: `needs analysis over ${NEEDS} needs and ${SERVICES} services (demand, heatmap, trend, coverage, unmet, invitees, response rate): median`,
      value: Math.round(analysisP50),
      unit: "ms",
      target: `< ${ANALYSIS_TARGET_MS} ms`,
      ok: analysisP50 < ANALYSIS_TARGET_MS,
    });

    const solver = await loadMipSolver();
    const label = `plan ${SERVICES} services, ${world.candidates.needs.length} open needs`;
    let greedy = planServicesGreedy(world.candidates);
    const greedyMs = Array.from({ length: 3 }, () =>
      timeMs(() => {
        greedy = planServicesGreedy(world.candidates);
      }),
    );
    const greedyP50 = percentile(greedyMs, 50);
    figures.push({
      name: `${label}: greedy median`,
      value: Math.round(greedyP50),
      unit: "ms",
      target: `< ${GREEDY_TARGET_MS} ms`,
      ok: greedyP50 < GREEDY_TARGET_MS,
    });
    figures.push(info(`${label}: greedy covered importance`, greedy.coveredImportance, "importance"));
    let search: ReturnType<typeof searchServicePlan> | undefined;
    const exactMs = timeMs(() => {
      search = searchServicePlan(world.candidates, solver);
    });
    if (!search) throw new Error("the planner returned nothing");
    figures.push(info(`${label}: exact attempt time`, Math.round(exactMs), "ms"));
    figures.push(info(`${label}: exact limit reached (1 = yes; method greedy)`, search.exact.stopped === null ? 0 : 1, "flag"));
    figures.push(info(`${label}: exact solver calls`, search.exact.solves, "solves"));
    figures.push(info(`${label}: exact branch-and-bound nodes`, search.exact.nodes, "nodes"));
    if (search.exact.stopped === null) {
      figures.push(info(`${label}: exact covered importance`, search.plan.coveredImportance, "importance"));
      figures.push(
        info(
          `${label}: greedy / exact covered importance`,
          Math.round((greedy.coveredImportance / search.plan.coveredImportance) * 10_000) / 10_000,
          "ratio",
        ),
      );
    }

    for (const size of MID_SIZES) {
      const mid = generateNeedsWorld(size * 10, size, size).candidates;
      const midLabel = `plan ${size} services, ${mid.needs.length} open needs`;
      const midGreedy = planServicesGreedy(mid);
      let midSearch: ReturnType<typeof searchServicePlan> | undefined;
      const ms = timeMs(() => {
        midSearch = searchServicePlan(mid, solver);
      });
      if (!midSearch) throw new Error("the planner returned nothing");
      figures.push(info(`${midLabel}: exact time`, Math.round(ms), "ms"));
      figures.push(info(`${midLabel}: exact limit reached (1 = yes)`, midSearch.exact.stopped === null ? 0 : 1, "flag"));
      if (midSearch.exact.stopped === null) {
        figures.push(info(`${midLabel}: exact covered importance`, midSearch.plan.coveredImportance, "importance"));
        figures.push(info(`${midLabel}: greedy covered importance`, midGreedy.coveredImportance, "importance"));
        figures.push(
          info(
            `${midLabel}: greedy / exact covered importance`,
            Math.round((midGreedy.coveredImportance / midSearch.plan.coveredImportance) * 10_000) / 10_000,
            "ratio",
          ),
        );
      }
    }
    return figures;
  },
};
