import type { ScheduleState } from "./schedule-state";

/** Longest chain of displaced meetings one insertion may cause; keeps recursion shallow. */
const MAX_CHAIN = 40;
/** Passes over the unscheduled meetings; each pass that changes nothing ends the loop earlier. */
const MAX_PASSES = 10;

type Goal = "more-meetings" | "more-mutual";

/**
 * Augmenting chains (Kuhn's algorithm generalised to slots): an unscheduled meeting takes a slot,
 * displacing at most one meeting there (the one blocking a participant, or any meeting when the
 * tables are full), which in turn looks for another slot, and so on. A chain that ends in a free
 * place adds one meeting. With goal "more-mutual" a chain started by a mutual meeting may also end by
 * dropping a non-mutual one: the count stays, mutual meetings grow by one. Locked meetings never move.
 * Each meeting is visited at most once per attempt, so an attempt costs O(meetings × slots).
 */
export function improveByChains(state: ScheduleState, goal: Goal): void {
  const visited = new Int32Array(state.model.meetings.length);
  let stamp = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const [m, meeting] of state.model.meetings.entries()) {
      if (state.isPlaced(m) || meeting.candidates.length === 0) continue;
      if (goal === "more-meetings" && !anyFreeTable(state)) return;
      if (goal === "more-mutual" && !meeting.mutual) continue;
      stamp++;
      visited[m] = stamp;
      if (insert(state, m, 0, goal, visited, stamp)) improved = true;
    }
    if (!improved) return;
  }
}

function insert(state: ScheduleState, m: number, depth: number, goal: Goal, visited: Int32Array, stamp: number): boolean {
  const meeting = state.meeting(m);
  for (const s of meeting.candidates) {
    if (state.canPlace(m, s)) {
      state.place(m, s);
      return true;
    }
  }
  if (depth >= MAX_CHAIN) return false;
  for (const s of meeting.candidates) {
    const blockA = state.occupantAt(meeting.a, s);
    const blockB = state.occupantAt(meeting.b, s);
    if (blockA !== -1 && blockB !== -1 && blockA !== blockB) continue;
    const blocker = blockA !== -1 ? blockA : blockB;
    const displaceable = blocker !== -1 ? [blocker] : [...state.meetingsIn(s)];
    for (const x of displaceable) {
      if (visited[x] === stamp || state.meeting(x).lock !== null) continue;
      visited[x] = stamp;
      state.remove(x);
      state.place(m, s);
      if (goal === "more-mutual" && !state.meeting(x).mutual) return true;
      if (insert(state, x, depth + 1, goal, visited, stamp)) return true;
      state.remove(m);
      state.place(x, s);
    }
  }
  return false;
}

function anyFreeTable(state: ScheduleState): boolean {
  for (let s = 0; s < state.model.slotCount; s++) if (state.hasTable(s)) return true;
  return false;
}
