import type { ScheduleState } from "./schedule-state";
import type { UnscheduledReason } from "./types";

/**
 * Why meeting m is not in the final schedule, true of that schedule (SCORING-CLI.md): no slot where
 * both are available; else a common slot where both are free but every table is taken; else one of
 * the two is busy in every common slot. Throws if m could still be placed: the scheduler's post-pass
 * rules that out, so reaching it is a bug, not a reason.
 */
export function unscheduledReason(state: ScheduleState, m: number): UnscheduledReason {
  const meeting = state.meeting(m);
  if (meeting.common.length === 0) return "no-common-slot";
  let capacity = false;
  for (const s of meeting.common) {
    if (!state.isFree(meeting.a, s) || !state.isFree(meeting.b, s)) continue;
    if (state.hasTable(s)) throw new Error(`meeting ${m} could still be placed in slot ${s}`);
    capacity = true;
  }
  return capacity ? "capacity" : "conflict";
}
