import type { PlanInput, ServicePlan } from "../../src/needs";

/** A golden case of `plan`: the rule it pins down, the input, and the whole output. */
export interface PlanCase {
  name: string;
  rule: string;
  input: PlanInput;
  expected: ServicePlan;
}

const need = (id: string, importance: number) => ({ id, importance });
const service = (id: string, cost: number, addresses: string[]) => ({ id, cost, addresses });

export const planCases: PlanCase[] = [
  {
    name: "two services spending exactly the budget beat one cheaper",
    rule: "§3 the plan maximises covered importance; cost ≤ budget counts when met exactly",
    input: {
      budget: 25000,
      needs: [need("n1", 4), need("n2", 5), need("n3", 2)],
      services: [service("s1", 8000, ["n1"]), service("s2", 20000, ["n2", "n3"]), service("s3", 17000, ["n2"])],
    },
    expected: { method: "exact", selected: ["s1", "s3"], cost: 25000, coveredImportance: 9, totalImportance: 11, uncovered: ["n3"] },
  },
  {
    name: "a need addressed by two selected services counts once",
    rule: "SCORING-CLI plan: a need is covered when at least one selected service addresses it; its importance counts once",
    input: {
      budget: 10,
      needs: [need("a", 5), need("b", 3), need("c", 1)],
      services: [service("s1", 4, ["a", "b"]), service("s2", 6, ["a", "c"])],
    },
    expected: { method: "exact", selected: ["s1", "s2"], cost: 10, coveredImportance: 9, totalImportance: 9, uncovered: [] },
  },
  {
    name: "equal coverage: the lower cost wins",
    rule: "SCORING-CLI plan ties: the lower cost",
    input: {
      budget: 2,
      needs: [need("a", 5), need("b", 3)],
      services: [service("s1", 1, ["a"]), service("s2", 1, ["a", "b"])],
    },
    expected: { method: "exact", selected: ["s2"], cost: 1, coveredImportance: 8, totalImportance: 8, uncovered: [] },
  },
  {
    name: "equal coverage and cost: the smaller id list wins",
    rule: "SCORING-CLI plan ties: then the lexicographically smallest sorted list of selected ids",
    input: {
      budget: 5,
      needs: [need("a", 3), need("b", 3)],
      services: [service("s2", 5, ["a"]), service("s1", 5, ["b"])],
    },
    expected: { method: "exact", selected: ["s1"], cost: 5, coveredImportance: 3, totalImportance: 6, uncovered: ["a"] },
  },
  {
    name: "a smaller first id beats a shorter list",
    rule: "SCORING-CLI plan ties: sorted id lists compare element by element",
    input: {
      budget: 2,
      needs: [need("x", 2), need("y", 2)],
      services: [service("q", 1, ["x"]), service("r", 1, ["y"]), service("t", 2, ["x", "y"])],
    },
    expected: { method: "exact", selected: ["q", "r"], cost: 2, coveredImportance: 4, totalImportance: 4, uncovered: [] },
  },
  {
    name: "a free service is affordable on a budget of 0",
    rule: "decision: a cost of 0 is always affordable",
    input: { budget: 0, needs: [need("n1", 2), need("n2", 4)], services: [service("free", 0, ["n1"]), service("paid", 1, ["n2"])] },
    expected: { method: "exact", selected: ["free"], cost: 0, coveredImportance: 2, totalImportance: 6, uncovered: ["n2"] },
  },
  {
    name: "a free service adding nothing is selected only when its id comes first",
    rule: "SCORING-CLI plan ties, to the letter: [a, b] precedes [b]; [b] precedes its extension [b, z]",
    input: {
      budget: 4,
      needs: [need("n1", 3)],
      services: [service("a", 0, []), service("b", 4, ["n1"]), service("z", 0, [])],
    },
    expected: { method: "exact", selected: ["a", "b"], cost: 4, coveredImportance: 3, totalImportance: 3, uncovered: [] },
  },
  {
    name: "a service dearer than the budget is never chosen",
    rule: "SCORING-CLI plan: cost ≤ budget always",
    input: {
      budget: 999.99,
      needs: [need("n1", 5), need("n2", 1)],
      services: [service("big", 1000, ["n1"]), service("small", 10, ["n2"])],
    },
    expected: { method: "exact", selected: ["small"], cost: 10, coveredImportance: 1, totalImportance: 6, uncovered: ["n1"] },
  },
  {
    name: "decimal costs add up exactly",
    rule: "decision: costs are the decimals written (0.1 + 0.2 fits a budget of 0.3)",
    input: { budget: 0.3, needs: [need("a", 1), need("b", 1)], services: [service("x", 0.1, ["a"]), service("y", 0.2, ["b"])] },
    expected: { method: "exact", selected: ["x", "y"], cost: 0.3, coveredImportance: 2, totalImportance: 2, uncovered: [] },
  },
  {
    name: "no services: everything stays uncovered",
    rule: "SCORING-CLI plan: uncovered sorted by id",
    input: { budget: 100, needs: [need("n2", 2), need("n1", 1)], services: [] },
    expected: { method: "exact", selected: [], cost: 0, coveredImportance: 0, totalImportance: 3, uncovered: ["n1", "n2"] },
  },
  {
    name: "no needs: nothing is worth buying",
    rule: "SCORING-CLI plan ties: the empty plan costs least",
    input: { budget: 100, needs: [], services: [service("s1", 5, []), service("s0", 0, [])] },
    expected: { method: "exact", selected: [], cost: 0, coveredImportance: 0, totalImportance: 0, uncovered: [] },
  },
];
