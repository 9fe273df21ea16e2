/**
 * A meeting request at a brokerage day (DOMAIN.md §5.5: the organiser schedules *accepted* requests, so
 * the person asked accepts or declines; the sender may withdraw while it is pending).
 */
export const meetingRequestStatuses = ["pending", "accepted", "declined", "withdrawn"] as const;
export type MeetingRequestStatus = (typeof meetingRequestStatuses)[number];

/** How much the sender wants the meeting: shown to the person asked and the organiser (1 = high). */
export const meetingRequestPriorities = [1, 2, 3] as const;
export type MeetingRequestPriority = (typeof meetingRequestPriorities)[number];

/** Why the scheduler left a meeting out (SCORING-CLI.md `schedule`), as stored beside the meeting. */
export const unplacedReasons = ["no-common-slot", "capacity", "conflict"] as const;
export type UnplacedReason = (typeof unplacedReasons)[number];
