import { needCategories, type NeedCategory } from "../domain/need-categories";
import type { NeedRow } from "./needs-rows";

export interface DemandChange {
  now: number;
  then: number;
  /** now − then. */
  change: number;
  /** (now − then) / then; null when there was no demand then (no finite ratio). */
  relativeChange: number | null;
}

export interface DemandTrend {
  categories: ({ category: NeedCategory } & DemandChange)[];
  total: DemandChange;
}

/**
 * The demand a campaign measured: Σ importance of its answers that were not withdrawn. A need
 * addressed since still was demand when the campaign asked; comparing only what is open today would
 * make every earlier campaign look smaller as the cluster serves it.
 */
export function campaignDemand(answers: readonly NeedRow[]): Map<NeedCategory, number> {
  const demand = new Map(needCategories.map((category) => [category, 0]));
  for (const need of answers) {
    if (need.status === "withdrawn" || !demand.has(need.category)) continue;
    demand.set(need.category, (demand.get(need.category) ?? 0) + need.importance);
  }
  return demand;
}

function change(now: number, then: number): DemandChange {
  return { now, then, change: now - then, relativeChange: then === 0 ? null : (now - then) / then };
}

/** §2 trend against the previous campaign: per category (all 13) and in total, now against then. */
export function demandTrend(currentAnswers: readonly NeedRow[], previousAnswers: readonly NeedRow[]): DemandTrend {
  const now = campaignDemand(currentAnswers);
  const then = campaignDemand(previousAnswers);
  const categories = needCategories.map((category) => ({ category, ...change(now.get(category) ?? 0, then.get(category) ?? 0) }));
  const sum = (values: Map<NeedCategory, number>) => [...values.values()].reduce((total, value) => total + value, 0);
  return { categories, total: change(sum(now), sum(then)) };
}
