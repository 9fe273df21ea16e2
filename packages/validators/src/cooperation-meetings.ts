import {
  cooperationMeetingOutcomes,
  cooperationMeetingStatuses,
  MEETING_PROPOSED_TIMES_MAX,
  partnershipTypes,
} from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { berlinToday } from "./cooperation";
import { fromLocalDateTime } from "./event-times";
import { id, optionalText } from "./fields";
import { validationMessages as m } from "./messages";
import { calendarDay } from "./calendar-day";
import { text } from "./text";

export const MEETING_MESSAGE_MAX_LENGTH = 2000;
export const AGREEMENT_NOTE_MAX_LENGTH = 2000;
/** Meeting times are wall-clock times in Europe/Berlin, where the portal's calendar is (docs/ARCHITECTURE.md, Database). */
export const MEETING_TIME_ZONE = "Europe/Berlin";

/** A proposed time as the browser's `datetime-local` input sends it; it must lie in the future (issue 11: times in the past are refused). */
export const meetingTime = text()
  .trim()
  .min(1, m.required)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, m.invalidDateTime)
  .refine((value) => fromLocalDateTime(value, MEETING_TIME_ZONE).getTime() > Date.now(), m.timeInPast);

/** A meeting request from one of my profiles to a profile I was matched with (DOMAIN.md §5.4): a message and one to three times. */
export const meetingRequestFields = z.object({
  profileId: id,
  targetProfileId: id,
  message: text({ multiline: true }).trim().min(1, m.required).max(MEETING_MESSAGE_MAX_LENGTH, m.tooLong),
  proposedTimes: z.array(meetingTime).min(1, m.chooseAtLeastOne).max(MEETING_PROPOSED_TIMES_MAX, m.tooLong),
});
export type MeetingRequestFieldsInput = z.input<typeof meetingRequestFields>;

/** The asked side's answer: accept at one of the proposed times (by its position) or decline. */
export const meetingAnswer = z.discriminatedUnion("accept", [
  z.object({ meetingId: id, accept: z.literal(true), timeIndex: z.number(m.invalidChoice).int(m.invalidChoice).min(0, m.invalidChoice) }),
  z.object({ meetingId: id, accept: z.literal(false) }),
]);

export const meetingOutcomeInput = z.object({ meetingId: id, outcome: z.enum(cooperationMeetingOutcomes, m.invalidChoice) });

/** A real calendar day `YYYY-MM-DD`, today or earlier: an agreement is recorded once it was made. */
const agreementDate = calendarDay().refine((value) => value <= berlinToday(), m.dateInFuture);

/** The partnership agreement recorded on a held meeting (DOMAIN.md §5.4): its type, date and an optional note. */
export const meetingAgreementFields = z.object({
  meetingId: id,
  type: z.enum(partnershipTypes, m.invalidChoice),
  date: agreementDate,
  note: optionalText(AGREEMENT_NOTE_MAX_LENGTH, { multiline: true }),
});
export type MeetingAgreementFieldsInput = z.input<typeof meetingAgreementFields>;

export const meetingSides = ["incoming", "outgoing"] as const;
export const meetingFilters = {
  side: z.enum(meetingSides, m.invalidChoice).optional(),
  status: z.enum(cooperationMeetingStatuses, m.invalidChoice).optional(),
};
export const meetingSortKeys = ["createdAt", "status", "chosenTime"] as const;
export type MeetingSortKey = (typeof meetingSortKeys)[number];
