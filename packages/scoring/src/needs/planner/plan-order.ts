import type { PlanProblem } from "./plan-problem";

/** A set of services as ascending indices (= ids in sorted order), with its exact value. */
export interface Selection {
  services: number[];
  covered: number;
  cost: bigint;
}

export function evaluateSelection(problem: PlanProblem, services: readonly number[]): Selection {
  const sorted = [...new Set(services)].sort((a, b) => a - b);
  const hit = new Set<number>();
  let cost = 0n;
  for (const index of sorted) {
    const service = problem.services[index];
    if (!service) continue;
    cost += service.cost;
    for (const group of service.groups) hit.add(group);
  }
  let covered = 0;
  for (const group of hit) covered += problem.groups[group]?.weight ?? 0;
  return { services: sorted, covered, cost };
}

/**
 * SCORING-CLI.md `plan` order: more covered importance first; ties by lower cost, then by the
 * lexicographically smaller sorted id list (a list before its own extensions).
 */
export function comparePlans(a: Selection, b: Selection): number {
  if (a.covered !== b.covered) return b.covered - a.covered;
  if (a.cost !== b.cost) return a.cost < b.cost ? -1 : 1;
  const length = Math.min(a.services.length, b.services.length);
  for (let i = 0; i < length; i++) {
    const x = a.services[i] ?? 0;
    const y = b.services[i] ?? 0;
    if (x !== y) return x - y;
  }
  return a.services.length - b.services.length;
}
