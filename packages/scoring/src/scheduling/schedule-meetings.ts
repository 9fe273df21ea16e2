import { improveByChains } from "./augmenting-chains";
import { buildEventModel } from "./event-model";
import { improveExactly } from "./exact-search";
import { findEventIssue } from "./find-event-issue";
import { compactGaps } from "./gap-compaction";
import { placeGreedily } from "./greedy-placement";
import { ScheduleState } from "./schedule-state";
import { improveBySlotPairs } from "./slot-pair-search";
import type { BrokerageEvent, MeetingSchedule, ScheduledMeeting, UnscheduledMeeting } from "./types";
import { unscheduledReason } from "./unscheduled-reason";
import { scheduleUpperBound } from "./upper-bound";

export interface ScheduleOptions {
  /**
   * Branch-and-bound nodes the exact search may visit; 0 skips it (heuristic only). Events beyond
   * EXACT_MAX_MEETINGS unlocked meetings always use the heuristic alone.
   */
  exactNodeLimit?: number;
}

/** Above this many meetings the exact search could not finish within its node limit anyway. */
const EXACT_MAX_MEETINGS = 60;
const DEFAULT_EXACT_NODE_LIMIT = 50_000;

/**
 * Schedules the 1:1 meetings of a brokerage event (DOMAIN.md §5.5): most meetings, then most mutual
 * meetings, then fewest idle gaps. Heuristic first (greedy fill, augmenting chains, gap compaction),
 * then, for small events, an exact branch and bound seeded with it. The same input always gives the
 * same schedule. Throws on an event `findEventIssue` rejects.
 */
export function scheduleMeetings(event: BrokerageEvent, options: ScheduleOptions = {}): MeetingSchedule {
  const issue = findEventIssue(event);
  if (issue) throw new RangeError(`${issue.path}: ${issue.message}`);
  const model = buildEventModel(event);
  const state = new ScheduleState(model);
  placeGreedily(state);
  improveByChains(state, "more-meetings");
  improveByChains(state, "more-mutual");
  improveByChains(state, "more-meetings");
  improveBySlotPairs(state);
  settle(state);

  const nodeLimit = options.exactNodeLimit ?? DEFAULT_EXACT_NODE_LIMIT;
  const unlocked = model.meetings.filter((m) => m.lock === null).length;
  const exact = nodeLimit > 0 && unlocked <= EXACT_MAX_MEETINGS && improveExactly(state, nodeLimit);
  if (!exact) settle(state);

  return {
    ...describeSchedule(event, state),
    upperBound: scheduleUpperBound(model),
    objective: state.objective(),
    method: exact ? "exact" : "heuristic",
  };
}

/**
 * Compacts gaps, then places every meeting that still fits (a gap move can free a place), until
 * nothing fits: the guarantee that no placeable meeting stays unscheduled.
 */
function settle(state: ScheduleState): void {
  for (;;) {
    compactGaps(state);
    let placed = false;
    for (const [m, meeting] of state.model.meetings.entries()) {
      if (state.isPlaced(m)) continue;
      const slot = meeting.candidates.find((s) => state.canPlace(m, s));
      if (slot === undefined) continue;
      state.place(m, slot);
      placed = true;
    }
    if (!placed) return;
  }
}

/** Names instead of indices; tables numbered from 1 per slot in input order of the meetings. */
function describeSchedule(event: BrokerageEvent, state: ScheduleState): Pick<MeetingSchedule, "scheduled" | "unscheduled"> {
  const scheduled: ScheduledMeeting[] = [];
  const unscheduled: UnscheduledMeeting[] = [];
  const tablesTaken = new Int32Array(event.slots.length);
  const bySlot = Array.from({ length: event.slots.length }, (): ScheduledMeeting[] => []);
  for (const [m, meeting] of event.meetings.entries()) {
    const slot = state.slotOf[m] ?? -1;
    if (slot === -1) {
      unscheduled.push({ meeting: meeting.id, reason: unscheduledReason(state, m) });
      continue;
    }
    const table = (tablesTaken[slot] ?? 0) + 1;
    tablesTaken[slot] = table;
    bySlot[slot]?.push({ meeting: meeting.id, slot: event.slots[slot] ?? "", table });
  }
  for (const inSlot of bySlot) scheduled.push(...inSlot);
  return { scheduled, unscheduled };
}
