import highsLoader, { type Highs, type ModelData } from "highs";
import type { EventModel } from "./event-model";

/** How far HiGHS may go in one solve; counts, not time, so a run is the same on every machine. */
export interface MipLimits {
  nodes: number;
  /** Simplex iterations over the whole solve (root LP and nodes). */
  iterations: number;
}

export interface MipOutcome {
  /** `optimal` is a proof (gap 0); `limit` returns the best schedule found, if any. */
  status: "optimal" | "limit" | "infeasible";
  /** Per meeting its slot or -1; null when no schedule was found. */
  slotOf: Int32Array | null;
  /** W × meetings + mutual of `slotOf`, and the solver's proven upper bound of it. */
  value: number;
  bound: number;
  nodes: number;
}

interface Column {
  m: number;
  slot: number;
}

/**
 * The 0/1 program of §5.5 over x[m, s] (meeting m in candidate slot s; a locked meeting has only its
 * lock, fixed to 1): each meeting at most once, each participant at most once per slot, at most
 * `tables` meetings per slot. Objective W × meetings + mutual with W = (mutual meetings) + 1, so one
 * more meeting always outweighs every mutual one: the first two goals of §5.5 in one solve. Idle gaps,
 * the third goal, are left to the gap compaction (`exactGaps` solves them for small events).
 */
export function buildScheduleMip(model: EventModel): { columns: Column[]; data: Omit<ModelData, "sense" | "integrality">; weight: number } {
  const columns: Column[] = [];
  const weight = model.meetings.filter((meeting) => meeting.mutual).length + 1;
  const byMeeting: number[][] = model.meetings.map(() => []);
  const byParticipantSlot = new Map<number, number[]>();
  const bySlot: number[][] = Array.from({ length: model.slotCount }, () => []);
  for (const [m, meeting] of model.meetings.entries()) {
    for (const slot of meeting.candidates) {
      const column = columns.length;
      columns.push({ m, slot });
      byMeeting[m]?.push(column);
      bySlot[slot]?.push(column);
      for (const p of [meeting.a, meeting.b]) {
        const key = p * model.slotCount + slot;
        const list = byParticipantSlot.get(key);
        if (list) list.push(column);
        else byParticipantSlot.set(key, [column]);
      }
    }
  }
  const rows: { indices: number[]; upper: number }[] = [];
  for (const list of byMeeting) if (list.length > 1) rows.push({ indices: list, upper: 1 });
  for (const list of byParticipantSlot.values()) if (list.length > 1) rows.push({ indices: list, upper: 1 });
  for (const list of bySlot) if (list.length > model.tables) rows.push({ indices: list, upper: model.tables });
  const starts = [0];
  const indices: number[] = [];
  for (const row of rows) {
    indices.push(...row.indices);
    starts.push(indices.length);
  }
  return {
    columns,
    weight,
    data: {
      numCols: columns.length,
      numRows: rows.length,
      colCost: columns.map(({ m }) => weight + (model.meetings[m]?.mutual ? 1 : 0)),
      colLower: columns.map(({ m }) => (model.meetings[m]?.lock !== null ? 1 : 0)),
      colUpper: columns.map(() => 1),
      rowLower: rows.map(() => 0),
      rowUpper: rows.map((row) => row.upper),
      matrix: { format: "csr", numRows: rows.length, numCols: columns.length, starts, indices, values: indices.map(() => 1) },
    },
  };
}

/**
 * Options of every scheduling solve: fixed seed, node and iteration limits, no time limit, an absolute
 * gap below 1 (objectives here are whole, so a gap below 1 is a proof), no output.
 */
export function reproducibleOptions(limits: MipLimits): Record<string, number | boolean> {
  return {
    output_flag: false,
    random_seed: 0,
    mip_rel_gap: 0,
    mip_abs_gap: 0.99,
    mip_max_nodes: limits.nodes,
    simplex_iteration_limit: limits.iterations,
  };
}

/**
 * Solves the program with HiGHS (single-threaded WebAssembly): fixed seed, node and iteration limits,
 * no time limit, an absolute gap below 1 (the objective is whole, so that is a proof). `start` (per
 * meeting its slot or -1, e.g. the heuristic's schedule) is passed as the incumbent to improve on.
 */
export function solveScheduleMip(highs: Highs, model: EventModel, start: Int32Array | null, limits: MipLimits): MipOutcome {
  const { columns, data, weight } = buildScheduleMip(model);
  const value = (slotOf: Int32Array) =>
    model.meetings.reduce((sum, meeting, m) => sum + ((slotOf[m] ?? -1) === -1 ? 0 : weight + (meeting.mutual ? 1 : 0)), 0);
  if (columns.length === 0)
    return { status: "optimal", slotOf: new Int32Array(model.meetings.length).fill(-1), value: 0, bound: 0, nodes: 0 };
  return highs.withModel(
    {
      ...data,
      sense: highs.constants.objectiveSense.maximize,
      integrality: columns.map(() => highs.constants.variableType.integer),
    },
    (solver): MipOutcome => {
      solver.options.set(reproducibleOptions(limits));
      if (start) solver.setSolution({ colValue: columns.map(({ m, slot }) => ((start[m] ?? -1) === slot ? 1 : 0)) });
      solver.run();
      const code = solver.getModelStatus();
      const { optimal, infeasible } = highs.constants.modelStatus;
      const nodes = Number(solver.info.get("mip_node_count"));
      const bound = Number(solver.info.get("mip_dual_bound"));
      if (code === infeasible) return { status: "infeasible", slotOf: null, value: 0, bound: 0, nodes };
      const primal = Number(solver.info.get("primal_solution_status"));
      if (primal === 0) return { status: "limit", slotOf: null, value: 0, bound, nodes };
      const colValue = solver.getSolution().colValue;
      const slotOf = new Int32Array(model.meetings.length).fill(-1);
      columns.forEach(({ m, slot }, column) => {
        if ((colValue[column] ?? 0) > 0.5) slotOf[m] = slot;
      });
      const found = value(slotOf);
      return {
        status: code === optimal ? "optimal" : "limit",
        slotOf,
        value: found,
        bound: code === optimal ? found : Math.floor(bound + 1e-6),
        nodes,
      };
    },
  );
}

let loading: Promise<Highs> | null = null;

/** Loads the HiGHS WebAssembly module once per process (asynchronous; solving is synchronous). */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}
