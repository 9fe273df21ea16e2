export { findEventIssue, type EventIssue } from "./find-event-issue";
export { scheduleInputSchema, type ScheduleInput } from "./schedule-input-schema";
export { scheduleMeetings, type ScheduleOptions } from "./schedule-meetings";
export type {
  BrokerageEvent,
  EventMeeting,
  EventParticipant,
  MeetingSchedule,
  ScheduledMeeting,
  ScheduleObjective,
  UnscheduledMeeting,
  UnscheduledReason,
} from "./types";
