import { compareIds } from "../../benchmark/peers/reference-pool";
import { toDecimalUnits } from "./decimal-amounts";
import type { ParsedPlanInput } from "./plan-input-schema";

/** A service of the problem; its index is its position in id order. */
export interface PlanService {
  id: string;
  /** Exact cost in units of 10^-scale. */
  cost: bigint;
  affordable: boolean;
  /** Indices into `groups` (empty for unaffordable services). */
  groups: number[];
}

/** Needs that exactly the same affordable services address, merged: they are covered together. */
export interface NeedGroup {
  weight: number;
  services: number[];
}

/**
 * The planner's view of a `plan` input: services sorted by id (so comparing index lists compares
 * sorted id lists), exact costs, and the needs an affordable service can reach merged into groups.
 * A service dearer than the whole budget can be in no plan; a need only such services address
 * stays uncovered whatever is chosen.
 */
export interface PlanProblem {
  services: PlanService[];
  budget: bigint;
  scale: number;
  groups: NeedGroup[];
  needs: { id: string; importance: number; services: number[] }[];
  totalImportance: number;
}

export function buildPlanProblem(input: ParsedPlanInput): PlanProblem {
  const sorted = [...input.services].sort((a, b) => compareIds(a.id, b.id));
  const { units, scale } = toDecimalUnits([input.budget, ...sorted.map((service) => service.cost)]);
  const [budget = 0n, ...costs] = units;
  const position = new Map(sorted.map((service, index) => [service.id, index]));
  const servicesOf = new Map<string, number[]>(input.needs.map((need) => [need.id, []]));
  for (const service of sorted) {
    const index = position.get(service.id) ?? -1;
    for (const needId of new Set(service.addresses)) servicesOf.get(needId)?.push(index);
  }
  const services: PlanService[] = sorted.map((service, index) => {
    const cost = costs[index] ?? 0n;
    return { id: service.id, cost, affordable: cost <= budget, groups: [] };
  });
  const needs = [...input.needs]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((need) => ({ id: need.id, importance: need.importance, services: servicesOf.get(need.id) ?? [] }));
  const groups: NeedGroup[] = [];
  const groupByKey = new Map<string, NeedGroup>();
  for (const need of needs) {
    const reachable = need.services.filter((index) => services[index]?.affordable);
    if (reachable.length === 0) continue;
    const key = reachable.join(",");
    const existing = groupByKey.get(key);
    if (existing) existing.weight += need.importance;
    else {
      const group = { weight: need.importance, services: reachable };
      groupByKey.set(key, group);
      for (const index of reachable) services[index]?.groups.push(groups.length);
      groups.push(group);
    }
  }
  const totalImportance = needs.reduce((sum, need) => sum + need.importance, 0);
  return { services, budget, scale, groups, needs, totalImportance };
}
