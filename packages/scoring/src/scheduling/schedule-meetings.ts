import { improveByChains } from "./augmenting-chains";
import { buildEventModel } from "./event-model";
import type { Highs } from "highs";
import { improveExactly } from "./exact-search";
import { solveGapMip } from "./gap-mip";
import { type MipLimits, solveScheduleMip } from "./schedule-mip";
import { findEventIssue } from "./find-event-issue";
import { compactGaps } from "./gap-compaction";
import { placeGreedily } from "./greedy-placement";
import { ScheduleState } from "./schedule-state";
import { improveBySlotPairs } from "./slot-pair-search";
import type { BrokerageEvent, MeetingSchedule, MipProof, ScheduledMeeting, UnscheduledMeeting } from "./types";
import { unscheduledReason } from "./unscheduled-reason";
import { scheduleUpperBound } from "./upper-bound";

export interface ScheduleOptions {
  /**
   * Branch-and-bound nodes the exact search may visit; 0 skips it (heuristic only). Events beyond
   * EXACT_MAX_MEETINGS unlocked meetings always use the heuristic alone.
   */
  exactNodeLimit?: number;
  /**
   * HiGHS, loaded with `loadHighs()`: when given, the heuristic's schedule is the start of an exact
   * solve of the first two goals (then, up to EXACT_GAP_PARTICIPANTS participants, of the gaps too)
   * within `mipLimits`; it replaces the branch and bound.
   */
  highs?: Highs;
  mipLimits?: MipLimits;
}

/** Reproducible limits of one HiGHS solve: counts, not time. Crowded events of 300 participants solve at the root. */
export const DEFAULT_MIP_LIMITS: MipLimits = { nodes: 2_000, iterations: 3_000_000 };
/** The gap program has three more columns per participant and slot; beyond this it is left to compaction. */
const EXACT_GAP_PARTICIPANTS = 60;
/** Above this many slot choices the LP alone would not fit the time budget of a large event. */
const MIP_MAX_COLUMNS = 40_000;

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

  const upperBound = scheduleUpperBound(model);
  const columns = model.meetings.reduce((sum, meeting) => sum + meeting.candidates.length, 0);
  if (options.highs && columns <= MIP_MAX_COLUMNS) {
    const proof = improveWithMip(state, options.highs, options.mipLimits ?? DEFAULT_MIP_LIMITS);
    return {
      ...describeSchedule(event, state),
      upperBound,
      objective: state.objective(),
      method: proof.exact ? "exact" : "heuristic",
      mip: proof,
    };
  }
  const nodeLimit = options.exactNodeLimit ?? DEFAULT_EXACT_NODE_LIMIT;
  const unlocked = model.meetings.filter((m) => m.lock === null).length;
  const exact = nodeLimit > 0 && unlocked <= EXACT_MAX_MEETINGS && improveExactly(state, nodeLimit);
  if (!exact) settle(state);

  return {
    ...describeSchedule(event, state),
    upperBound,
    objective: state.objective(),
    method: exact ? "exact" : "heuristic",
  };
}

/**
 * HiGHS from the heuristic's schedule: the first two goals (W × meetings + mutual) exactly within the
 * limits, a better schedule replacing the heuristic's (then gap compaction and placement again);
 * for small events the gaps exactly as well. `exact` when every goal is proven optimal.
 */
function improveWithMip(state: ScheduleState, highs: Highs, limits: MipLimits): MipProof {
  const { model } = state;
  const outcome = solveScheduleMip(highs, model, Int32Array.from(state.slotOf), limits);
  const weight = model.meetings.filter((meeting) => meeting.mutual).length + 1;
  const current = weight * state.meetingCount + state.mutualCount;
  if (outcome.slotOf && outcome.value > current) {
    state.load(outcome.slotOf);
    settle(state);
  }
  const proof: MipProof = {
    status: outcome.status,
    nodes: outcome.nodes,
    meetingBound: Math.floor(outcome.bound / weight),
    exact: false,
  };
  if (outcome.status !== "optimal" || model.participantCount > EXACT_GAP_PARTICIPANTS) return proof;
  const best = solveGapMip(highs, model, Math.max(outcome.value, current), Int32Array.from(state.slotOf), limits);
  if (best) state.load(best);
  return { ...proof, exact: best !== null };
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
