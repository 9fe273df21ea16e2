/** One participant of a brokerage event and the slots (by name) they marked as available. */
export interface EventParticipant {
  id: string;
  available: readonly string[];
}

/** An accepted 1:1 meeting request between participants `a` and `b`; `locked` pins it to a slot. */
export interface EventMeeting {
  id: string;
  a: string;
  b: string;
  mutual?: boolean;
  locked?: string | null;
}

/** A brokerage event's B2B session (DOMAIN.md §5.5): slots in time order and tables per slot. */
export interface BrokerageEvent {
  slots: readonly string[];
  tables: number;
  participants: readonly EventParticipant[];
  meetings: readonly EventMeeting[];
}

export type UnscheduledReason = "no-common-slot" | "capacity" | "conflict";

export interface ScheduledMeeting {
  meeting: string;
  slot: string;
  /** 1-based, unique within the slot. */
  table: number;
}

export interface UnscheduledMeeting {
  meeting: string;
  reason: UnscheduledReason;
}

/** The three goals of §5.5 in priority order, measured on one schedule. */
export interface ScheduleObjective {
  meetings: number;
  mutual: number;
  /** Σ over participants of slots between their first and last meeting without a meeting. */
  idleGaps: number;
}

export interface MeetingSchedule {
  /** In slot order, then by table. */
  scheduled: ScheduledMeeting[];
  /** In input order. */
  unscheduled: UnscheduledMeeting[];
  /** No valid schedule has more meetings than this (see upper-bound.ts). */
  upperBound: number;
  objective: ScheduleObjective;
  /** "exact" when the branch and bound or HiGHS proved the objective optimal, else "heuristic". */
  method: "exact" | "heuristic";
  /** What HiGHS proved, when it was used. */
  mip?: MipProof;
}

/** The outcome of the HiGHS solve of the first two goals: its status, nodes, and the proven bound on meetings. */
export interface MipProof {
  status: "optimal" | "limit" | "infeasible";
  nodes: number;
  /** No schedule has more meetings than this (floor of the solver's dual bound / W). */
  meetingBound: number;
  /** All three goals proven optimal. */
  exact: boolean;
}
