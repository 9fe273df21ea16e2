export { findEventIssue, type EventIssue } from "./find-event-issue";
export { scheduleInputSchema, type ScheduleInput } from "./schedule-input-schema";
export { DEFAULT_MIP_LIMITS, scheduleMeetings, type ScheduleOptions } from "./schedule-meetings";
export { buildEventModel } from "./event-model";
export { loadHighs, solveScheduleMip, type MipLimits, type MipOutcome } from "./schedule-mip";
export type {
  BrokerageEvent,
  EventMeeting,
  EventParticipant,
  MeetingSchedule,
  MipProof,
  ScheduledMeeting,
  ScheduleObjective,
  UnscheduledMeeting,
  UnscheduledReason,
} from "./types";
