import type { ScheduleState } from "./schedule-state";

/** Passes over all meetings; each pass only runs while the previous one reduced the gaps. */
const MAX_PASSES = 30;

/**
 * Local search on idle gaps that never changes which meetings are scheduled: move a meeting to
 * another free slot, or swap slots with the meeting that blocks one of its participants there.
 * A step is taken only when it strictly lowers the gaps of the (up to four) participants involved,
 * so the total strictly falls and the loop ends. Locked meetings stay put.
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

function improveMeeting(state: ScheduleState, m: number): boolean {
  const meeting = state.meeting(m);
  const from = state.slotOf[m] ?? -1;
  let bestDelta = 0;
  let bestSlot = -1;
  let bestPartner = -1;
  for (const to of meeting.candidates) {
    if (to === from) continue;
    const blockA = state.occupantAt(meeting.a, to);
    const blockB = state.occupantAt(meeting.b, to);
    if (blockA === -1 && blockB === -1) {
      if (!state.hasTable(to)) continue;
      const delta = deltaOf(state, [meeting.a, meeting.b], () => {
        state.remove(m);
        state.place(m, to);
      }, () => {
        state.remove(m);
        state.place(m, from);
      });
      if (delta < bestDelta) [bestDelta, bestSlot, bestPartner] = [delta, to, -1];
      continue;
    }
    if (blockA !== -1 && blockB !== -1 && blockA !== blockB) continue;
    const partner = blockA !== -1 ? blockA : blockB;
    if (!canSwap(state, m, partner, from, to)) continue;
    const other = state.meeting(partner);
    const delta = deltaOf(state, [meeting.a, meeting.b, other.a, other.b], () => swap(state, m, partner, from, to), () => swap(state, m, partner, to, from));
    if (delta < bestDelta) [bestDelta, bestSlot, bestPartner] = [delta, to, partner];
  }
  if (bestSlot === -1) return false;
  if (bestPartner === -1) {
    state.remove(m);
    state.place(m, bestSlot);
  } else {
    swap(state, m, bestPartner, from, bestSlot);
  }
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

/** Moves m from `from` to `to` and partner from `to` to `from`; table counts stay the same. */
function swap(state: ScheduleState, m: number, partner: number, from: number, to: number): void {
  state.remove(m);
  state.remove(partner);
  state.place(m, to);
  state.place(partner, from);
}

/** Change in the listed participants' gaps caused by `apply`, measured and then undone. */
function deltaOf(state: ScheduleState, participants: number[], apply: () => void, undo: () => void): number {
  const unique = [...new Set(participants)];
  const gapsOf = () => unique.reduce((sum, p) => sum + state.participantGaps(p), 0);
  const before = gapsOf();
  apply();
  const after = gapsOf();
  undo();
  return after - before;
}
