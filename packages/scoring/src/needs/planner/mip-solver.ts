import highsLoader, { type Highs, type ModelData } from "highs";

/** A linear constraint `lower ≤ Σ values[k] · x[indices[k]] ≤ upper`. */
export interface MipRow {
  indices: number[];
  values: number[];
  lower: number;
  upper: number;
}

/** A mixed-integer program over columns 0…numCols−1. */
export interface MipModel {
  maximize: boolean;
  cost: number[];
  lower: number[];
  upper: number[];
  integer: boolean[];
  rows: MipRow[];
}

export interface MipResult {
  /** `optimal` and `infeasible` are proofs; `limit` is anything else (node limit, numerical trouble). */
  status: "optimal" | "infeasible" | "limit";
  values: number[];
  objective: number;
  nodes: number;
}

/** Solves one MIP; `nodeLimit` null = run to the end. Deterministic for equal input. */
export interface MipSolver {
  solve(model: MipModel, nodeLimit: number | null): MipResult;
}

function toModelData(highs: Highs, model: MipModel): ModelData {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const infinite = (bound: number) => (bound === Infinity ? highs.infinity : bound === -Infinity ? -highs.infinity : bound);
  return {
    numCols: model.cost.length,
    numRows: model.rows.length,
    sense: model.maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: model.cost,
    colLower: model.lower,
    colUpper: model.upper,
    rowLower: model.rows.map((row) => infinite(row.lower)),
    rowUpper: model.rows.map((row) => infinite(row.upper)),
    matrix: { format: "csr", numRows: model.rows.length, numCols: model.cost.length, starts, indices, values },
    integrality: model.integer.map((isInteger) =>
      isInteger ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
    ),
  };
}

/**
 * HiGHS (the `highs` package, WebAssembly, single-threaded) as a `MipSolver`. Reproducible limits:
 * no time limit, a node limit, a fixed random seed; gaps 0 so "optimal" means proven. Integrality
 * is checked at 1e-9 so a "whole" service cannot hide a fraction of its cost.
 */
export function highsMipSolver(highs: Highs): MipSolver {
  return {
    solve(model, nodeLimit) {
      return highs.withModel(toModelData(highs, model), (solver): MipResult => {
        solver.options.set({
          output_flag: false,
          random_seed: 0,
          mip_rel_gap: 0,
          mip_abs_gap: 0,
          mip_feasibility_tolerance: 1e-9,
          mip_max_nodes: nodeLimit ?? 2_147_483_647,
        });
        solver.run();
        const code = solver.getModelStatus();
        const { optimal, infeasible } = highs.constants.modelStatus;
        const status: MipResult["status"] = code === optimal ? "optimal" : code === infeasible ? "infeasible" : "limit";
        const nodes = Number(solver.info.get("mip_node_count"));
        if (status !== "optimal") return { status, values: [], objective: NaN, nodes };
        return { status, values: Array.from(solver.getSolution().colValue), objective: solver.getObjectiveValue(), nodes };
      });
    },
  };
}

let loading: Promise<MipSolver> | null = null;

/** Loads the HiGHS WebAssembly module once per process (asynchronous; solving is synchronous). */
export function loadMipSolver(): Promise<MipSolver> {
  loading ??= highsLoader().then(highsMipSolver);
  return loading;
}
