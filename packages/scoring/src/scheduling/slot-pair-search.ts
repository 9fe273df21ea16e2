import type { ScheduleState } from "./schedule-state";

/**
 * A pair is re-solved only when at most this many meetings could take part; beyond that the
 * three-way branching would blow up and the node limit would end it without an answer anyway.
 */
const MAX_PAIR_MEETINGS = 36;
/** Nodes one pair's search may visit, and all pairs together; counted, never timed. */
const PAIR_NODE_LIMIT = 4_000;
const TOTAL_NODE_LIMIT = 400_000;
/** Sweeps over all slot pairs; a sweep that improves nothing ends the loop earlier. */
const MAX_ROUNDS = 4;

/**
 * Two-slot re-optimisation (a generalised Kempe-chain swap): for every pair of slots s < t, the
 * unlocked meetings held in s or t and the unscheduled meetings that could take s or t are taken out
 * and re-assigned optimally to s, t or "not scheduled" by a small branch and bound, everything else
 * fixed. Swapping alternating chains of meetings between two slots is one such re-assignment, so this
 * finds every improving two-slot swap, including ones that also let an unscheduled meeting in.
 * A pair's result is kept only when it strictly improves (meetings, then mutual meetings); gaps are
 * left to gap compaction. Pairs are visited in slot order and work is counted in nodes, so the result
 * is deterministic.
 */
export function improveBySlotPairs(state: ScheduleState): void {
  const budget = { nodes: TOTAL_NODE_LIMIT };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let improved = false;
    for (let s = 0; s < state.model.slotCount; s++) {
      for (let t = s + 1; t < state.model.slotCount; t++) {
        if (budget.nodes <= 0) return;
        if (resolvePair(state, s, t, budget)) improved = true;
      }
    }
    if (!improved) return;
  }
}

interface Option {
  m: number;
  /** The slots of the pair the meeting may take. */
  slots: number[];
}

function resolvePair(state: ScheduleState, s: number, t: number, budget: { nodes: number }): boolean {
  const before = { meetings: state.meetingCount, mutual: state.mutualCount };
  const all = pairOptions(state, s, t);
  const placed = all.filter(({ m }) => state.isPlaced(m));
  const original = placed.map(({ m }) => state.slotOf[m] ?? -1);
  for (const { m } of placed) state.remove(m);
  // With the pair's meetings out, an option blocked in both slots by fixed meetings can never enter.
  const options = all.filter(({ m, slots }) => slots.some((slot) => fitsBesideFixed(state, m, slot)));
  if (options.length > MAX_PAIR_MEETINGS) {
    for (const [i, { m }] of placed.entries()) state.place(m, original[i] ?? -1);
    return false;
  }

  let best = before;
  let bestSlots: number[] | null = null;
  let nodes = 0;
  const chosen = new Int32Array(options.length).fill(-1);
  // suffixMutual[i]: mutual meetings among options[i..], for the optimistic bound.
  const suffixMutual = new Int32Array(options.length + 1);
  for (let i = options.length - 1; i >= 0; i--) {
    const option = options[i];
    suffixMutual[i] = (suffixMutual[i + 1] ?? 0) + (option && state.meeting(option.m).mutual ? 1 : 0);
  }
  const visit = (i: number): void => {
    if (nodes >= PAIR_NODE_LIMIT) return;
    nodes++;
    const room = freeTables(state, s) + freeTables(state, t);
    const left = options.length - i;
    const meetingBound = state.meetingCount + Math.min(room, left);
    const mutualBound = state.mutualCount + Math.min(room, suffixMutual[i] ?? 0);
    if (meetingBound < best.meetings || (meetingBound === best.meetings && mutualBound <= best.mutual)) return;
    const option = options[i];
    if (option === undefined) {
      best = { meetings: state.meetingCount, mutual: state.mutualCount };
      bestSlots = Array.from(chosen);
      return;
    }
    for (const slot of option.slots) {
      if (!state.canPlace(option.m, slot)) continue;
      state.place(option.m, slot);
      chosen[i] = slot;
      visit(i + 1);
      state.remove(option.m);
      chosen[i] = -1;
    }
    visit(i + 1);
  };
  visit(0);
  budget.nodes -= nodes;

  if (bestSlots === null) {
    for (const [i, { m }] of placed.entries()) state.place(m, original[i] ?? -1);
    return false;
  }
  for (const [i, { m }] of options.entries()) {
    const slot = bestSlots[i] ?? -1;
    if (slot !== -1) state.place(m, slot);
  }
  return true;
}

/**
 * The meetings that may change within slots s and t, fewest choices first (they decide the most),
 * mutual first, then input order.
 */
function pairOptions(state: ScheduleState, s: number, t: number): Option[] {
  const options: Option[] = [];
  for (const [m, meeting] of state.model.meetings.entries()) {
    if (meeting.lock !== null) continue;
    const slot = state.slotOf[m] ?? -1;
    if (slot !== -1 && slot !== s && slot !== t) continue;
    const slots = meeting.candidates.filter((c) => c === s || c === t);
    if (slots.length === 0) continue;
    options.push({ m, slots });
  }
  options.sort((x, y) => {
    const mx = state.meeting(x.m);
    const my = state.meeting(y.m);
    return x.slots.length - y.slots.length || Number(my.mutual) - Number(mx.mutual) || x.m - y.m;
  });
  return options;
}

/** Whether neither participant of m is held at `slot` (tables are the search's concern). */
function fitsBesideFixed(state: ScheduleState, m: number, slot: number): boolean {
  const meeting = state.meeting(m);
  return state.isFree(meeting.a, slot) && state.isFree(meeting.b, slot);
}

function freeTables(state: ScheduleState, slot: number): number {
  return state.model.tables - (state.used[slot] ?? 0);
}
