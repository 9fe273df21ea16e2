import type { ScheduleState } from "./schedule-state";

/** Passes over all meetings; each pass only runs while the previous one reduced the gaps. */
const MAX_PASSES = 30;

/**
 * Local search on idle gaps that never changes which meetings are scheduled. A meeting may move to
 * another slot with a free table, trade slots with the meeting that blocks one of its participants
 * there, or, when that slot's tables are all taken, trade slots with any meeting there that fits in
 * its own slot. A step is taken only when it strictly lowers the gaps of the (up to four)
 * participants involved, so the total strictly falls and the loop ends. Locked meetings stay put.
 */
export function compactGaps(state: ScheduleState): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const [m, meeting] of state.model.meetings.entries()) {
      if (meeting.lock !== null || !state.isPlaced(m)) continue;
      if (improveMeeting(state, m)) improved = true;
    }
    if (!improved) return;
  }
}

interface Step {
  delta: number;
  to: number;
  /** The meeting that takes m's slot in exchange, or -1 for a plain move. */
  partner: number;
}

function improveMeeting(state: ScheduleState, m: number): boolean {
  const meeting = state.meeting(m);
  const from = state.slotOf[m] ?? -1;
  let best: Step = { delta: 0, to: -1, partner: -1 };
  for (const to of meeting.candidates) {
    if (to === from) continue;
    const blockA = state.occupantAt(meeting.a, to);
    const blockB = state.occupantAt(meeting.b, to);
    if (blockA !== -1 && blockB !== -1 && blockA !== blockB) continue;
    const blocker = blockA !== -1 ? blockA : blockB;
    if (blocker !== -1) {
      if (!canSwap(state, m, blocker, from, to)) continue;
      const other = state.meeting(blocker);
      const delta = gapChange(
        state,
        [meeting.a, meeting.b, other.a, other.b],
        () => swap(state, m, blocker, from, to),
        () => swap(state, m, blocker, to, from),
      );
      if (delta < best.delta) best = { delta, to, partner: blocker };
      continue;
    }
    // Measured even when `to` is full: `place` does not check tables, and the move is undone at once.
    const moveDelta = gapChange(
      state,
      [meeting.a, meeting.b],
      () => move(state, m, to),
      () => move(state, m, from),
    );
    if (state.hasTable(to)) {
      if (moveDelta < best.delta) best = { delta: moveDelta, to, partner: -1 };
      continue;
    }
    // Only worth an exchange when m itself gains; the other side is tried when its turn comes.
    if (moveDelta >= 0) continue;
    for (const y of [...state.meetingsIn(to)]) {
      const other = state.meeting(y);
      // y shares no participant with m (both of m's are free at `to`), so the two changes add up.
      if (other.lock !== null || !other.candidates.includes(from)) continue;
      if (!state.isFree(other.a, from) || !state.isFree(other.b, from)) continue;
      const delta =
        moveDelta +
        gapChange(
          state,
          [other.a, other.b],
          () => move(state, y, from),
          () => move(state, y, to),
        );
      if (delta < best.delta) best = { delta, to, partner: y };
    }
  }
  if (best.to === -1) return false;
  if (best.partner === -1) move(state, m, best.to);
  else swap(state, m, best.partner, from, best.to);
  return true;
}

/** Whether m (in `from`) and partner (in `to`) can trade slots without breaking a hard rule. */
function canSwap(state: ScheduleState, m: number, partner: number, from: number, to: number): boolean {
  const other = state.meeting(partner);
  if (other.lock !== null || !other.candidates.includes(from)) return false;
  state.remove(m);
  state.remove(partner);
  let possible = false;
  if (state.canPlace(m, to)) {
    state.place(m, to);
    possible = state.canPlace(partner, from);
    state.remove(m);
  }
  state.place(m, from);
  state.place(partner, to);
  return possible;
}

function move(state: ScheduleState, m: number, to: number): void {
  state.remove(m);
  state.place(m, to);
}

/** Moves m from `from` to `to` and partner from `to` to `from`; table counts stay the same. */
function swap(state: ScheduleState, m: number, partner: number, from: number, to: number): void {
  state.remove(m);
  state.remove(partner);
  state.place(m, to);
  state.place(partner, from);
}

/** Change in the listed participants' gaps caused by `apply`, measured and then undone. */
function gapChange(state: ScheduleState, participants: number[], apply: () => void, undo: () => void): number {
  const unique = [...new Set(participants)];
  const gapsOf = () => unique.reduce((sum, p) => sum + state.participantGaps(p), 0);
  const before = gapsOf();
  apply();
  const after = gapsOf();
  undo();
  return after - before;
}
