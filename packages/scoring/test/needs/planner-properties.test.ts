import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMipSolver, type MipSolver, type ParsedPlanInput, planServices, planServicesGreedy } from "../../src/needs";
import { bruteForcePlan } from "./brute-force-plan";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadMipSolver();
});

/** Small inputs with ids whose order is not their length order ("s10" < "s2"), free services, decimals and ties. */
const planInput: fc.Arbitrary<ParsedPlanInput> = fc
  .record({
    needCount: fc.integer({ min: 0, max: 9 }),
    importance: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }),
    serviceIds: fc.uniqueArray(fc.constantFrom("a", "ab", "b", "s1", "s10", "s2", "s3", "x", "y", "z0"), { maxLength: 9 }),
    costs: fc.array(fc.constantFrom(0, 0.5, 1, 1.25, 2, 3, 4, 5, 8, 13), { minLength: 10, maxLength: 10 }),
    links: fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 4 }), { minLength: 10, maxLength: 10 }),
    budget: fc.constantFrom(0, 1, 2.5, 4, 5, 7.75, 10, 16, 40),
  })
  .map(({ needCount, importance, serviceIds, costs, links, budget }) => {
    const needs = Array.from({ length: needCount }, (_, i) => ({ id: `n${i}`, importance: importance[i] ?? 1 }));
    const services = serviceIds.map((id, i) => ({
      id,
      cost: costs[i] ?? 0,
      addresses: needCount === 0 ? [] : (links[i] ?? []).map((k) => `n${k % needCount}`),
    }));
    return { budget, needs, services };
  });

const cents = (value: number) => Math.round(value * 100);

describe("service planner properties (DOMAIN.md §3, SCORING-CLI.md plan)", () => {
  it("the exact planner equals a brute-force optimum, including the tie rule", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(planServices(input, solver)).toEqual(bruteForcePlan(input));
      }),
      { numRuns: 150 },
    );
  });

  it("the greedy never falls below (1 − 1/e)/2 of the optimum", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const optimum = bruteForcePlan(input).coveredImportance;
        expect(planServicesGreedy(input).coveredImportance).toBeGreaterThanOrEqual(((1 - 1 / Math.E) / 2) * optimum);
      }),
      { numRuns: 400 },
    );
  });

  it("no plan exceeds the budget, and its figures are those of its services", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        for (const plan of [planServices(input, solver), planServicesGreedy(input)]) {
          const chosen = input.services.filter((service) => plan.selected.includes(service.id));
          const costInCents = chosen.reduce((sum, service) => sum + cents(service.cost), 0);
          expect(costInCents).toBeLessThanOrEqual(cents(input.budget));
          expect(cents(plan.cost)).toBe(costInCents);
          const covered = new Set(chosen.flatMap((service) => service.addresses));
          expect(plan.coveredImportance).toBe(
            input.needs.filter((need) => covered.has(need.id)).reduce((sum, need) => sum + need.importance, 0),
          );
          expect(plan.uncovered).toEqual(
            input.needs
              .map((need) => need.id)
              .filter((id) => !covered.has(id))
              .sort(),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the plan is deterministic: the same input, in any order, gives the same plan", () => {
    fc.assert(
      fc.property(planInput, fc.nat(), (input, seed) => {
        const rotate = <T>(items: T[]) =>
          items.length === 0 ? items : [...items.slice(seed % items.length), ...items.slice(0, seed % items.length)];
        const reordered = { ...input, needs: rotate(input.needs).reverse(), services: rotate(input.services) };
        const first = planServices(input, solver);
        expect(planServices(input, solver)).toEqual(first);
        expect(planServices(reordered, solver)).toEqual(first);
        expect(planServicesGreedy(reordered)).toEqual(planServicesGreedy(input));
      }),
      { numRuns: 60 },
    );
  });
});
