import { compareObjectives, ScheduleState } from "./schedule-state";
import type { ScheduleObjective } from "./types";

/**
 * Exact branch and bound over every valid schedule. Meetings are decided one at a time (fewest
 * candidate slots first): each free slot, then "not scheduled". Every valid schedule is one path of
 * this tree, so exhausting it proves optimality. The search starts from `state` as the incumbent and
 * only replaces it by a strictly better schedule, so it never makes a schedule worse.
 *
 * The work limit counts nodes, not time, so the outcome is the same on every machine. Returns true
 * when the search finished (the schedule in `state` is then optimal), false when it hit the limit.
 */
export function improveExactly(state: ScheduleState, nodeLimit: number): boolean {
  const { model } = state;
  let best = state.objective();
  let bestSlots = Int32Array.from(state.slotOf);
  const work = new ScheduleState(model);
  const order: number[] = [];
  for (const [m, meeting] of model.meetings.entries()) {
    if (meeting.lock !== null) work.place(m, meeting.lock);
    else if (meeting.candidates.length > 0) order.push(m);
  }
  order.sort((x, y) => work.meeting(x).candidates.length - work.meeting(y).candidates.length || x - y);

  let nodes = 0;
  let exhausted = true;
  const visit = (i: number): void => {
    if (!exhausted) return;
    if (++nodes > nodeLimit) {
      exhausted = false;
      return;
    }
    const m = order[i];
    if (m === undefined) {
      const reached = work.objective();
      if (compareObjectives(reached, best) > 0) {
        best = reached;
        bestSlots = Int32Array.from(work.slotOf);
      }
      return;
    }
    if (compareObjectives(optimisticBound(work, order, i), best) <= 0) return;
    for (const s of work.meeting(m).candidates) {
      if (!work.canPlace(m, s)) continue;
      work.place(m, s);
      visit(i + 1);
      work.remove(m);
    }
    visit(i + 1);
  };
  visit(0);
  state.load(bestSlots);
  return exhausted;
}

/**
 * An objective no completion of the current node can beat. Going deeper only fills slots, so a
 * meeting that cannot be placed now never can be in this branch. Let R be the undecided meetings that
 * still fit somewhere. More meetings: at most |R|, at most the free tables, and at most
 * ⌊Σ_p min(R_p, F_p) / 2⌋ where R_p counts p's meetings in R and F_p the slots where p is free and a
 * table is left (each added meeting uses one such slot of both its participants). More mutual: at
 * most the mutual meetings in R, and at most the meetings added. Gaps: a participant's span only
 * grows and each added meeting fills at most one of their current gaps, so their final gaps are at
 * least current − R_p.
 */
function optimisticBound(work: ScheduleState, order: readonly number[], from: number): ScheduleObjective {
  const { model } = work;
  const remaining = new Int32Array(model.participantCount);
  let fitting = 0;
  let fittingMutual = 0;
  for (let i = from; i < order.length; i++) {
    const m = order[i] ?? -1;
    const meeting = work.meeting(m);
    if (!meeting.candidates.some((s) => work.canPlace(m, s))) continue;
    fitting++;
    if (meeting.mutual) fittingMutual++;
    remaining[meeting.a] = (remaining[meeting.a] ?? 0) + 1;
    remaining[meeting.b] = (remaining[meeting.b] ?? 0) + 1;
  }
  let freeTables = 0;
  for (let s = 0; s < model.slotCount; s++) freeTables += model.tables - (work.used[s] ?? 0);
  let participantRoom = 0;
  let gaps = 0;
  for (let p = 0; p < model.participantCount; p++) {
    const left = remaining[p] ?? 0;
    gaps += Math.max(0, work.participantGaps(p) - left);
    if (left === 0) continue;
    let freeSlots = 0;
    for (let s = 0; s < model.slotCount; s++) if (work.isFree(p, s) && work.hasTable(s)) freeSlots++;
    participantRoom += Math.min(left, freeSlots);
  }
  const added = Math.min(fitting, freeTables, Math.floor(participantRoom / 2));
  return {
    meetings: work.meetingCount + added,
    mutual: work.mutualCount + Math.min(fittingMutual, added),
    idleGaps: gaps,
  };
}
