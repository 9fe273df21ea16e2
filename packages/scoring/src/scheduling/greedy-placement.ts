import type { ScheduleState } from "./schedule-state";

/** Demand per free table traded against one idle slot; tuned on the scheduling benchmark. */
const GAP_WEIGHT = 2;

/**
 * First fill: meetings with the fewest candidate slots first (they have the least room), mutual
 * before non-mutual, then input order. Each goes to the free slot where the remaining demand per free
 * table is lowest, so scarce slots stay open for meetings that need them, plus a cost for every idle
 * slot it would add to the two participants' agendas, so gap compaction starts from compact ones.
 */
export function placeGreedily(state: ScheduleState): void {
  const { model } = state;
  // demand[s]: unplaced meetings that could still take slot s.
  const demand = new Float64Array(model.slotCount);
  const order: number[] = [];
  for (const [m, meeting] of model.meetings.entries()) {
    if (meeting.lock !== null) {
      if (!state.isPlaced(m) && state.canPlace(m, meeting.lock)) state.place(m, meeting.lock);
      continue;
    }
    if (meeting.candidates.length === 0) continue;
    order.push(m);
    for (const s of meeting.candidates) demand[s] = (demand[s] ?? 0) + 1;
  }
  order.sort((x, y) => {
    const mx = state.meeting(x);
    const my = state.meeting(y);
    return mx.candidates.length - my.candidates.length || Number(my.mutual) - Number(mx.mutual) || x - y;
  });
  for (const m of order) {
    const meeting = state.meeting(m);
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const s of meeting.candidates) {
      if (!state.canPlace(m, s)) continue;
      const freeTables = model.tables - (state.used[s] ?? 0);
      const cost = (demand[s] ?? 0) / freeTables + GAP_WEIGHT * gapIncrease(state, m, s);
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    }
    for (const s of meeting.candidates) demand[s] = (demand[s] ?? 0) - 1;
    if (best !== -1) state.place(m, best);
  }
}

/** How much placing unplaced meeting m in slot s would add to its two participants' idle gaps. */
function gapIncrease(state: ScheduleState, m: number, s: number): number {
  const { a, b } = state.meeting(m);
  const before = state.participantGaps(a) + state.participantGaps(b);
  state.place(m, s);
  const after = state.participantGaps(a) + state.participantGaps(b);
  state.remove(m);
  return after - before;
}
