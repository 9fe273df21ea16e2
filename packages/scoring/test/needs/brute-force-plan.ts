import type { ParsedPlanInput, ServicePlan } from "../../src/needs";

/** Exact decimal cost in units of 10^-12 (the test inputs have at most 2 decimals). */
const units = (value: number) => BigInt(Math.round(value * 100)) * 10n ** 10n;

/**
 * An independent optimum for tiny inputs: every subset of services, ordered by the contract
 * (coverage, then cost, then the sorted id list compared element by element, a prefix first).
 */
export function bruteForcePlan(input: ParsedPlanInput): ServicePlan {
  const services = [...input.services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const importance = new Map(input.needs.map((need) => [need.id, need.importance]));
  const totalImportance = input.needs.reduce((sum, need) => sum + need.importance, 0);
  let best: { ids: string[]; covered: number; cost: bigint; needs: Set<string> } | null = null;
  for (let mask = 0; mask < 1 << services.length; mask++) {
    const chosen = services.filter((_, index) => (mask >> index) & 1);
    const cost = chosen.reduce((sum, service) => sum + units(service.cost), 0n);
    if (cost > units(input.budget)) continue;
    const needs = new Set(chosen.flatMap((service) => service.addresses));
    const covered = [...needs].reduce((sum, id) => sum + (importance.get(id) ?? 0), 0);
    const ids = chosen.map((service) => service.id);
    if (best && !isBetter({ ids, covered, cost }, best)) continue;
    best = { ids, covered, cost, needs };
  }
  const chosen = best ?? { ids: [], covered: 0, cost: 0n, needs: new Set<string>() };
  return {
    method: "exact",
    selected: chosen.ids,
    cost: Number(chosen.cost) / 1e12,
    coveredImportance: chosen.covered,
    totalImportance,
    uncovered: input.needs
      .map((need) => need.id)
      .filter((id) => !chosen.needs.has(id))
      .sort(),
  };
}

function isBetter(a: { ids: string[]; covered: number; cost: bigint }, b: { ids: string[]; covered: number; cost: bigint }): boolean {
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (a.cost !== b.cost) return a.cost < b.cost;
  for (let i = 0; i < Math.min(a.ids.length, b.ids.length); i++) {
    const x = a.ids[i] ?? "";
    const y = b.ids[i] ?? "";
    if (x !== y) return x < y;
  }
  return a.ids.length < b.ids.length;
}
