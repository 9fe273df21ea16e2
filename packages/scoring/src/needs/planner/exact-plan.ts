import { gcd } from "./decimal-amounts";
import type { MipModel, MipRow, MipSolver } from "./mip-solver";
import { evaluateSelection, type Selection } from "./plan-order";
import type { PlanProblem } from "./plan-problem";

/**
 * Work limits counted in solver nodes and solves, never in time, so the answer is the same on
 * every machine. Inputs of at most `unlimitedUpTo` services run without limits (SCORING-CLI.md:
 * up to 30 services come back exact).
 */
export interface ExactPlanLimits {
  /** Branch-and-bound nodes per solve. */
  nodeLimit: number;
  /** Solver calls per plan. */
  solveLimit: number;
  /**
   * Nonzeros of the model: the solver's root work (presolve, cuts) grows with it and is not bounded
   * by nodes, so larger models are not attempted.
   */
  sizeLimit: number;
  unlimitedUpTo: number;
}

export const defaultExactPlanLimits: ExactPlanLimits = { nodeLimit: 10_000, solveLimit: 40, sizeLimit: 10_000, unlimitedUpTo: 30 };

/**
 * Costs go to the solver as whole numbers of units divided by their common divisor. Above this many
 * units a double-precision solver's tolerances could blur a difference of one unit, so exactness is
 * not claimed (SCORING-CLI.md: `exact` only when proven).
 */
export const MAX_SOLVER_UNITS = 2 ** 31;

export interface ExactOutcome {
  /** The optimum under the contract's order, or null when it was not proven. */
  selection: Selection | null;
  solves: number;
  nodes: number;
  /** Why the optimum was not proven: a work limit, costs too large for the solver, or a solver answer that failed exact re-checking. */
  stopped: "size-limit" | "node-limit" | "solve-limit" | "magnitude" | "verification" | null;
}

class NotProven extends Error {
  constructor(readonly reason: Exclude<ExactOutcome["stopped"], null>) {
    super(reason);
  }
}

/**
 * The exact planner (integer programming, DOMAIN.md §3). Columns x_j (service j chosen, binary) and
 * y_g (need group g covered, continuous in [0, 1], y_g ≤ Σ x over its services; whole at any
 * optimum once x is). Three stages, each proven optimal by the solver and re-checked exactly:
 * 1. maximise covered importance → C*;  2. with coverage ≥ C*, minimise cost → K*;
 * 3. the lexicographically smallest sorted id list among plans with C* and K*, built element by
 *    element: stop when the chosen prefix is itself such a plan (a list precedes its extensions);
 *    otherwise the next element is the smallest index any such plan continues the prefix with,
 *    found by one solve maximising Σ u_i with u_i ≤ u_{i−1} + x_i (u = "something chosen by i").
 * Margins of half a unit on the budget, coverage and cost rows keep tolerances from cutting off
 * a plan that meets them exactly; solutions beyond a row are caught by the exact re-check.
 */
export function exactPlan(problem: PlanProblem, solver: MipSolver, limits: ExactPlanLimits = defaultExactPlanLimits): ExactOutcome {
  const unlimited = problem.services.length <= limits.unlimitedUpTo;
  let solves = 0;
  let nodes = 0;
  const columns = problem.services.flatMap((service, index) => (service.affordable ? [index] : []));
  const m = columns.length;
  const costs = columns.map((index) => problem.services[index]?.cost ?? 0n);
  const totalCost = costs.reduce((sum, cost) => sum + cost, 0n);
  const budget = problem.budget < totalCost ? problem.budget : totalCost;
  const divisor = costs.reduce((d, cost) => gcd(d, cost), 0n) || 1n;
  const unitCosts = costs.map((cost) => Number(cost / divisor));
  const budgetUnits = Number(budget / divisor);
  const groupCount = problem.groups.length;
  const weights = problem.groups.map((group) => group.weight);
  const columnOf = new Map(columns.map((index, column) => [index, column]));
  const baseRows: MipRow[] = problem.groups.map((group, g) => ({
    indices: [m + g, ...group.services.map((index) => columnOf.get(index) ?? 0)],
    values: [1, ...group.services.map(() => -1)],
    lower: -Infinity,
    upper: 0,
  }));
  baseRows.push({ indices: columns.map((_, j) => j), values: unitCosts, lower: -Infinity, upper: budgetUnits + 0.5 });
  const selectionOf = (values: number[]) =>
    evaluateSelection(
      problem,
      columns.filter((_, j) => (values[j] ?? 0) > 0.5),
    );

  const solve = (model: MipModel) => {
    if (!unlimited && solves >= limits.solveLimit) throw new NotProven("solve-limit");
    solves++;
    const result = solver.solve(model, unlimited ? null : limits.nodeLimit);
    nodes += result.nodes;
    if (result.status !== "optimal") throw new NotProven(result.status === "limit" ? "node-limit" : "verification");
    return result;
  };
  const model = (objective: number[], maximize: boolean, rows: MipRow[], lower: number[], upper: number[]): MipModel => ({
    maximize,
    cost: objective,
    lower,
    upper,
    integer: objective.map((_, column) => column < m),
    rows,
  });
  const zeros = (n: number) => new Array<number>(n).fill(0);
  const ones = (n: number) => new Array<number>(n).fill(1);

  try {
    if (totalCost > 0n && (budget / divisor > BigInt(MAX_SOLVER_UNITS) || totalCost / divisor > BigInt(MAX_SOLVER_UNITS))) {
      throw new NotProven("magnitude");
    }
    if (m === 0 || groupCount === 0) return { selection: evaluateSelection(problem, []), solves, nodes, stopped: null };
    const nonzeros = baseRows.reduce((sum, row) => sum + row.indices.length, 0) + groupCount + m;
    if (!unlimited && nonzeros > limits.sizeLimit) throw new NotProven("size-limit");
    const n = m + groupCount;
    const coverageRow: MipRow = { indices: weights.map((_, g) => m + g), values: weights, lower: 0, upper: Infinity };

    // Stage 1: the most covered importance.
    const first = solve(model([...zeros(m), ...weights], true, baseRows, zeros(n), ones(n)));
    const best = selectionOf(first.values);
    if (best.cost > problem.budget || Math.abs(first.objective - best.covered) > 0.5) throw new NotProven("verification");
    const coverage = best.covered;
    coverageRow.lower = coverage - 0.5;

    // Stage 2: the lowest cost at that coverage.
    const second = solve(model([...unitCosts, ...zeros(groupCount)], false, [...baseRows, coverageRow], zeros(n), ones(n)));
    let incumbent = selectionOf(second.values);
    if (incumbent.cost > problem.budget || incumbent.covered !== coverage) throw new NotProven("verification");
    const cost = incumbent.cost;
    const optimalRows = [
      ...baseRows,
      coverageRow,
      { indices: columns.map((_, j) => j), values: unitCosts, lower: -Infinity, upper: Number(cost / divisor) + 0.5 },
    ];
    const isOptimal = (selection: Selection) => selection.covered === coverage && selection.cost === cost;

    // Stage 3: the lexicographically smallest sorted id list among those optima.
    const lower = zeros(n);
    const upper = ones(n);
    const prefix: number[] = [];
    let next = 0;
    for (;;) {
      const prefixSelection = evaluateSelection(
        problem,
        prefix.map((j) => columns[j] ?? 0),
      );
      if (isOptimal(prefixSelection)) return { selection: prefixSelection, solves, nodes, stopped: null };
      const chosen = new Set(incumbent.services.map((index) => columnOf.get(index) ?? -1));
      let candidate = -1;
      for (let j = next; j < m && candidate < 0; j++) if (chosen.has(j)) candidate = j;
      if (candidate < 0) throw new NotProven("verification");
      if (candidate > next) {
        const span = candidate - next;
        const uRows: MipRow[] = Array.from({ length: span }, (_, i) =>
          i === 0
            ? { indices: [n, next], values: [1, -1], lower: -Infinity, upper: 0 }
            : { indices: [n + i, n + i - 1, next + i], values: [1, -1, -1], lower: -Infinity, upper: 0 },
        );
        const result = solve(
          model([...zeros(n), ...ones(span)], true, [...optimalRows, ...uRows], [...lower, ...zeros(span)], [...upper, ...ones(span)]),
        );
        const earlier = Math.round(result.objective);
        if (earlier > 0) {
          const found = selectionOf(result.values);
          const foundColumns = new Set(found.services.map((index) => columnOf.get(index) ?? -1));
          const consistent = prefix.every((j) => foundColumns.has(j)) && [...foundColumns].every((j) => j >= next || prefix.includes(j));
          if (!consistent || !isOptimal(found) || !foundColumns.has(candidate - earlier)) throw new NotProven("verification");
          for (let j = next; j < candidate - earlier; j++) if (foundColumns.has(j)) throw new NotProven("verification");
          incumbent = found;
          candidate -= earlier;
        }
      }
      for (let j = next; j < candidate; j++) upper[j] = 0;
      lower[candidate] = 1;
      prefix.push(candidate);
      next = candidate + 1;
    }
  } catch (error) {
    if (error instanceof NotProven) return { selection: null, solves, nodes, stopped: error.reason };
    throw error;
  }
}
