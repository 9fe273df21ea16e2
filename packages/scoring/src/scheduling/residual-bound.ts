import type { ScheduleState } from "./schedule-state";

/** An undecided meeting with the slots it fits in right now (a table left, both participants free). */
export interface PendingMeeting {
  m: number;
  slots: readonly number[];
}

/**
 * Bounds how many of the `pending` meetings a completion of `state` can add. Going deeper only fills
 * places, so a meeting can only ever take a slot it fits in now, and each participant's added
 * meetings sit in distinct such slots: ν_p, the largest matching of p's pending meetings to those
 * slots, caps p's added meetings, and every added meeting uses two of them, so added ≤ ⌊Σ_p ν_p / 2⌋.
 * Per slot, the added meetings are at most its free tables and half the free participants with a
 * pending meeting that fits there.
 */
export function residualMeetingBound(state: ScheduleState, pending: readonly PendingMeeting[]): number {
  const { model } = state;
  const own = Array.from({ length: model.participantCount }, (): PendingMeeting[] => []);
  const participantsAt = Array.from({ length: model.slotCount }, () => new Set<number>());
  for (const entry of pending) {
    const { a, b } = state.meeting(entry.m);
    own[a]?.push(entry);
    own[b]?.push(entry);
    for (const s of entry.slots) participantsAt[s]?.add(a).add(b);
  }
  let perSlot = 0;
  for (const [s, participants] of participantsAt.entries()) {
    perSlot += Math.min(model.tables - (state.used[s] ?? 0), Math.floor(participants.size / 2));
  }
  let room = 0;
  for (const meetings of own) if (meetings.length > 0) room += slotMatching(meetings);
  return Math.min(pending.length, perSlot, Math.floor(room / 2));
}

/** The most of `meetings` that can sit in distinct slots of their own (Kuhn's algorithm). */
function slotMatching(meetings: readonly PendingMeeting[]): number {
  const holder = new Map<number, PendingMeeting>();
  const tryPlace = (entry: PendingMeeting, seen: Set<number>): boolean => {
    for (const s of entry.slots) {
      if (seen.has(s)) continue;
      seen.add(s);
      const current = holder.get(s);
      if (current === undefined || tryPlace(current, seen)) {
        holder.set(s, entry);
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (const entry of meetings) if (tryPlace(entry, new Set())) size++;
  return size;
}
