import { comparePlans, evaluateSelection, type Selection } from "./plan-order";
import type { PlanProblem } from "./plan-problem";

/**
 * a.gain / a.cost > b.gain / b.cost, exactly: cross-multiplied in doubles when both products are
 * whole numbers below 2^53 (then a double is exact), in bigints otherwise. A zero cost is an
 * infinite ratio; two of them are equal.
 */
function betterRatio(gainA: number, costA: bigint, approxA: number, gainB: number, costB: bigint, approxB: number): boolean {
  if (costA === 0n || costB === 0n) return costA === 0n && costB !== 0n;
  const left = gainA * approxB;
  const right = gainB * approxA;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left > right;
  return BigInt(gainA) * costB > BigInt(gainB) * costA;
}

/**
 * The budgeted max-coverage greedy of DOMAIN.md §3 as SCORING-CLI.md `plan` words it: repeatedly add
 * the service with the best added importance per cost among those that still fit the remaining
 * budget (ties by id; services adding nothing are never added), then return the better of that set
 * and the best single affordable service (Khuller, Moss & Naor 1999: at least (1 − 1/e)/2 of the
 * optimum). "Better" is the plan order of the contract: coverage, then cost, then ids.
 */
export function greedyPlan(problem: PlanProblem): Selection {
  const { services, groups } = problem;
  const alone = services.map((service) => service.groups.reduce((sum, group) => sum + (groups[group]?.weight ?? 0), 0));
  const gain = [...alone];
  const approxCost = services.map((service) => Number(service.cost));
  const covered = new Array<boolean>(groups.length).fill(false);
  const chosen = new Array<boolean>(services.length).fill(false);
  let remaining = problem.budget;
  for (;;) {
    let best = -1;
    for (const [index, service] of services.entries()) {
      const added = gain[index] ?? 0;
      if (chosen[index] || !service.affordable || added <= 0 || service.cost > remaining) continue;
      const incumbent = services[best];
      if (!incumbent || betterRatio(added, service.cost, approxCost[index] ?? 0, gain[best] ?? 0, incumbent.cost, approxCost[best] ?? 0))
        best = index;
    }
    const pick = services[best];
    if (!pick) break;
    chosen[best] = true;
    remaining -= pick.cost;
    for (const group of pick.groups) {
      if (covered[group]) continue;
      covered[group] = true;
      const weight = groups[group]?.weight ?? 0;
      for (const other of groups[group]?.services ?? []) gain[other] = (gain[other] ?? 0) - weight;
    }
  }
  const greedy = evaluateSelection(
    problem,
    chosen.flatMap((isChosen, index) => (isChosen ? [index] : [])),
  );
  // The best single affordable service in the plan order: most importance, then cheapest, then first id.
  let single = -1;
  for (const [index, service] of services.entries()) {
    const incumbent = services[single];
    if (!service.affordable) continue;
    const better =
      !incumbent ||
      (alone[index] ?? 0) > (alone[single] ?? 0) ||
      ((alone[index] ?? 0) === (alone[single] ?? 0) && service.cost < incumbent.cost);
    if (better) single = index;
  }
  if (single < 0) return greedy;
  const best = evaluateSelection(problem, [single]);
  return comparePlans(best, greedy) < 0 ? best : greedy;
}
