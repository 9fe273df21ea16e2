import { unitsToNumber } from "./decimal-amounts";
import { defaultExactPlanLimits, exactPlan, type ExactOutcome, type ExactPlanLimits } from "./exact-plan";
import { greedyPlan } from "./greedy-plan";
import type { MipSolver } from "./mip-solver";
import type { ParsedPlanInput } from "./plan-input-schema";
import type { Selection } from "./plan-order";
import { buildPlanProblem, type PlanProblem } from "./plan-problem";

/** The `plan` output of SCORING-CLI.md. */
export interface ServicePlan {
  method: "exact" | "greedy";
  selected: string[];
  cost: number;
  coveredImportance: number;
  totalImportance: number;
  uncovered: string[];
}

export interface ServicePlanSearch {
  plan: ServicePlan;
  /** What the exact search did: solver calls, branch-and-bound nodes, and why it stopped short (null = proven). */
  exact: Pick<ExactOutcome, "solves" | "nodes" | "stopped">;
}

/** The plan a selection stands for: ids, exact cost, covered importance and the needs left uncovered. */
export function describeSelection(problem: PlanProblem, selection: Selection, method: ServicePlan["method"]): ServicePlan {
  const chosen = new Set(selection.services);
  const uncovered = problem.needs.filter((need) => !need.services.some((index) => chosen.has(index))).map((need) => need.id);
  return {
    method,
    selected: selection.services.map((index) => problem.services[index]?.id ?? ""),
    cost: unitsToNumber(selection.cost, problem.scale),
    coveredImportance: selection.covered,
    totalImportance: problem.totalImportance,
    uncovered,
  };
}

/**
 * The service planner of DOMAIN.md §3 (SCORING-CLI.md `plan`): exact by integer programming when the
 * solver proves the optimum within its limits, otherwise the budgeted greedy; the plan says which.
 */
export function searchServicePlan(
  input: ParsedPlanInput,
  solver: MipSolver,
  limits: ExactPlanLimits = defaultExactPlanLimits,
): ServicePlanSearch {
  const problem = buildPlanProblem(input);
  const outcome = exactPlan(problem, solver, limits);
  const exact = { solves: outcome.solves, nodes: outcome.nodes, stopped: outcome.stopped };
  if (outcome.selection) return { plan: describeSelection(problem, outcome.selection, "exact"), exact };
  return { plan: describeSelection(problem, greedyPlan(problem), "greedy"), exact };
}

export function planServices(input: ParsedPlanInput, solver: MipSolver, limits?: ExactPlanLimits): ServicePlan {
  return searchServicePlan(input, solver, limits).plan;
}

/** The greedy alone (the portal's instant preview, the benchmark's comparison). */
export function planServicesGreedy(input: ParsedPlanInput): ServicePlan {
  const problem = buildPlanProblem(input);
  return describeSelection(problem, greedyPlan(problem), "greedy");
}
