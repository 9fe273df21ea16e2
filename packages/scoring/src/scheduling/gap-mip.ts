import type { Highs } from "highs";
import type { EventModel } from "./event-model";
import { buildScheduleMip, type MipLimits, reproducibleOptions } from "./schedule-mip";

/**
 * The third goal of §5.5 exactly: among schedules whose W × meetings + mutual is at least `target`
 * (the proven optimum of the first two goals), the fewest idle gaps. Per participant p and slot s,
 * u ≥ busy(p, t) for all t ≤ s ("has started"), v ≥ busy(p, t) for all t ≥ s ("has not ended"), and
 * z ≥ u + v − 1 ("inside the span"); minimising Σ z drives them to exactly those 0/1 values, so
 * Σ z − 2 × meetings = the idle gaps. Returns the slots of an optimal schedule, or null when the limits
 * stop the proof (the caller keeps its schedule then).
 */
export function solveGapMip(highs: Highs, model: EventModel, target: number, start: Int32Array, limits: MipLimits): Int32Array | null {
  const { columns, data } = buildScheduleMip(model);
  // Nothing can be scheduled: no meeting, no gap.
  if (columns.length === 0) return Int32Array.from(start);
  const slots = model.slotCount;
  const busyColumns = new Map<number, number[]>();
  columns.forEach(({ m, slot }, column) => {
    const meeting = model.meetings[m];
    if (!meeting) return;
    for (const p of [meeting.a, meeting.b]) {
      const key = p * slots + slot;
      const list = busyColumns.get(key);
      if (list) list.push(column);
      else busyColumns.set(key, [column]);
    }
  });
  const people = [...new Set([...busyColumns.keys()].map((key) => Math.floor(key / slots)))];
  const xCount = columns.length;
  const extra = people.length * slots;
  const u = (k: number, s: number) => xCount + 3 * (k * slots + s);
  const rows: { indices: number[]; values: number[]; lower: number; upper?: number }[] = [];
  // The rules of the schedule (each meeting once, a participant once per slot, tables per slot) …
  const { starts: baseStarts, indices: baseIndices } = data.matrix;
  Array.from(data.rowUpper).forEach((upper, row) => {
    const indices = Array.from(baseIndices).slice(baseStarts[row] ?? 0, baseStarts[row + 1] ?? 0);
    rows.push({ indices, values: indices.map(() => 1), lower: 0, upper });
  });
  // … and the first two goals at their optimum.
  rows.push({ indices: columns.map((_, column) => column), values: Array.from(data.colCost), lower: target });
  people.forEach((p, k) => {
    for (let s = 0; s < slots; s++) {
      const busy = busyColumns.get(p * slots + s) ?? [];
      const ones = busy.map(() => -1);
      rows.push({ indices: [u(k, s), ...busy], values: [1, ...ones], lower: 0 });
      rows.push({ indices: [u(k, s) + 1, ...busy], values: [1, ...ones], lower: 0 });
      if (s > 0) rows.push({ indices: [u(k, s), u(k, s - 1)], values: [1, -1], lower: 0 });
      if (s + 1 < slots) rows.push({ indices: [u(k, s) + 1, u(k, s + 1) + 1], values: [1, -1], lower: 0 });
      rows.push({ indices: [u(k, s) + 2, u(k, s), u(k, s) + 1], values: [1, -1, -1], lower: -1 });
    }
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const numCols = xCount + 3 * extra;
  const isZ = (column: number) => column >= xCount && (column - xCount) % 3 === 2;
  return highs.withModel(
    {
      numCols,
      numRows: rows.length,
      sense: highs.constants.objectiveSense.minimize,
      colCost: Array.from({ length: numCols }, (_, column) => (isZ(column) ? 1 : 0)),
      colLower: [...Array.from(data.colLower), ...new Array<number>(3 * extra).fill(0)],
      colUpper: new Array<number>(numCols).fill(1),
      rowLower: rows.map((row) => row.lower),
      rowUpper: rows.map((row) => row.upper ?? highs.infinity),
      matrix: { format: "csr", numRows: rows.length, numCols, starts, indices, values },
      integrality: Array.from({ length: numCols }, (_, column) =>
        column < xCount ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
      ),
    },
    (solver): Int32Array | null => {
      solver.options.set(reproducibleOptions(limits));
      solver.setSolution({
        colValue: [...columns.map(({ m, slot }) => ((start[m] ?? -1) === slot ? 1 : 0)), ...spanValues(model, start, people)],
      });
      solver.run();
      if (solver.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
      const colValue = solver.getSolution().colValue;
      const slotOf = new Int32Array(model.meetings.length).fill(-1);
      columns.forEach(({ m, slot }, column) => {
        if ((colValue[column] ?? 0) > 0.5) slotOf[m] = slot;
      });
      return slotOf;
    },
  );
}

/** u, v, z of the start schedule, so HiGHS gets a complete feasible start. */
function spanValues(model: EventModel, start: Int32Array, people: readonly number[]): number[] {
  const values: number[] = [];
  for (const p of people) {
    const busy = new Array<boolean>(model.slotCount).fill(false);
    for (const m of model.meetingsOf[p] ?? []) {
      const slot = start[m] ?? -1;
      if (slot !== -1) busy[slot] = true;
    }
    const first = busy.indexOf(true);
    const last = busy.lastIndexOf(true);
    for (let s = 0; s < model.slotCount; s++) {
      const started = first !== -1 && s >= first ? 1 : 0;
      const open = last !== -1 && s <= last ? 1 : 0;
      values.push(started, open, started + open - 1 > 0 ? 1 : 0);
    }
  }
  return values;
}
