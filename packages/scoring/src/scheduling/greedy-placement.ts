import type { ScheduleState } from "./schedule-state";

/**
 * First fill: meetings with the fewest candidate slots first (they have the least room), mutual
 * before non-mutual, then input order. Each goes to the free slot where the remaining demand per free
 * table is lowest, so scarce slots stay open for meetings that need them; being next to a meeting of
 * either participant lowers the cost, which keeps agendas compact before gap compaction.
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
      const cost = (demand[s] ?? 0) / freeTables - 0.5 * adjacentMeetings(state, meeting.a, meeting.b, s);
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    }
    for (const s of meeting.candidates) demand[s] = (demand[s] ?? 0) - 1;
    if (best !== -1) state.place(m, best);
  }
}

/** How many of the two participants' neighbouring slots (s − 1, s + 1) hold a meeting of theirs. */
function adjacentMeetings(state: ScheduleState, a: number, b: number, s: number): number {
  let count = 0;
  for (const t of [s - 1, s + 1]) {
    if (t < 0 || t >= state.model.slotCount) continue;
    if (!state.isFree(a, t)) count++;
    if (!state.isFree(b, t)) count++;
  }
  return count;
}
