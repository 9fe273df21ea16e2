import { type PendingMeeting, residualMeetingBound } from "./residual-bound";
import { compareObjectives, ScheduleState } from "./schedule-state";
import type { ScheduleObjective } from "./types";

/**
 * Exact branch and bound over every valid schedule. Meetings are decided one at a time, always the
 * undecided one with the fewest slots it still fits in (mutual first, then input order): each such
 * slot, then "not scheduled". A meeting that fits nowhere can never fit deeper in the branch, so it
 * stays unscheduled without a branch. Every valid schedule is one path of this tree, so exhausting it
 * proves optimality. The search starts from `state` as the incumbent and only replaces it by a
 * strictly better schedule, so it never makes a schedule worse.
 *
 * The work limit counts nodes, not time, so the outcome is the same on every machine. Returns true
 * when the search finished (the schedule in `state` is then optimal), false when it hit the limit.
 */
export function improveExactly(state: ScheduleState, nodeLimit: number): boolean {
  const { model } = state;
  let best = state.objective();
  let bestSlots = Int32Array.from(state.slotOf);
  const work = new ScheduleState(model);
  const undecided: number[] = [];
  for (const [m, meeting] of model.meetings.entries()) {
    if (meeting.lock !== null) work.place(m, meeting.lock);
    else if (meeting.candidates.length > 0) undecided.push(m);
  }

  let nodes = 0;
  let exhausted = true;
  const visit = (open: readonly number[]): void => {
    if (!exhausted) return;
    if (++nodes > nodeLimit) {
      exhausted = false;
      return;
    }
    const fitting = pendingMeetings(work, open);
    const chosen = mostConstrained(work, fitting);
    if (chosen === undefined) {
      const reached = work.objective();
      if (compareObjectives(reached, best) > 0) {
        best = reached;
        bestSlots = Int32Array.from(work.slotOf);
      }
      return;
    }
    if (compareObjectives(optimisticBound(work, fitting, best.meetings), best) <= 0) return;
    const { m, slots } = chosen;
    const rest = fitting.flatMap((entry) => (entry.m === m ? [] : [entry.m]));
    for (const s of slots) {
      work.place(m, s);
      visit(rest);
      work.remove(m);
    }
    visit(rest);
  };
  visit(undecided);
  state.load(bestSlots);
  return exhausted;
}

/** The meetings of `open` that still fit somewhere, with the slots they fit in. */
function pendingMeetings(work: ScheduleState, open: readonly number[]): PendingMeeting[] {
  const pending: PendingMeeting[] = [];
  for (const m of open) {
    const slots = work.meeting(m).candidates.filter((s) => work.canPlace(m, s));
    if (slots.length > 0) pending.push({ m, slots });
  }
  return pending;
}

/** The meeting with the fewest slots it fits in now; ties: mutual first, then input order. */
function mostConstrained(work: ScheduleState, fitting: readonly PendingMeeting[]): PendingMeeting | undefined {
  let chosen: PendingMeeting | undefined;
  let chosenKey = Number.POSITIVE_INFINITY;
  for (const entry of fitting) {
    const key = 2 * entry.slots.length - (work.meeting(entry.m).mutual ? 1 : 0);
    if (key < chosenKey) {
      chosen = entry;
      chosenKey = key;
    }
  }
  return chosen;
}

/**
 * An objective no completion of the current node can beat. Let R (`fitting`) be the undecided
 * meetings that still fit somewhere; no other meeting can be added in this branch. More meetings: at most `residualMeetingBound` of R. More mutual: at most the
 * meetings added and the mutual meetings of R, and (computed only when the meeting tier can at best
 * tie the incumbent, the one case where it decides) that bound taken over the mutual meetings alone. Gaps: a
 * participant's span only grows and each added meeting fills at most one of their current gaps, so
 * their final gaps are at least current − R_p, where R_p counts p's meetings in R.
 */
function optimisticBound(work: ScheduleState, fitting: readonly PendingMeeting[], bestMeetings: number): ScheduleObjective {
  const { model } = work;
  const remaining = new Int32Array(model.participantCount);
  const fittingMutual: PendingMeeting[] = [];
  for (const entry of fitting) {
    const meeting = work.meeting(entry.m);
    if (meeting.mutual) fittingMutual.push(entry);
    remaining[meeting.a] = (remaining[meeting.a] ?? 0) + 1;
    remaining[meeting.b] = (remaining[meeting.b] ?? 0) + 1;
  }
  let gaps = 0;
  for (let p = 0; p < model.participantCount; p++) gaps += Math.max(0, work.participantGaps(p) - (remaining[p] ?? 0));
  const added = residualMeetingBound(work, fitting);
  // The mutual tier only decides when the meeting tier can at best tie the incumbent.
  const mutualAdded =
    work.meetingCount + added === bestMeetings
      ? Math.min(added, residualMeetingBound(work, fittingMutual))
      : Math.min(added, fittingMutual.length);
  return {
    meetings: work.meetingCount + added,
    mutual: work.mutualCount + mutualAdded,
    idleGaps: gaps,
  };
}
