import { meetingRequestPriorities } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, optionalText } from "./fields";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** A wall-clock time as the browser's `datetime-local` input sends it, in the event's own zone. */
const localDateTime = text()
  .trim()
  .min(1, m.required)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, m.invalidDateTime);

/** Slot length limits (minutes): the form's bounds and the database check. */
export const BROKERAGE_SLOT_MINUTES = { min: 5, max: 240 } as const;
export const BROKERAGE_TABLES_MAX = 500;
/** Availability windows a participant may give; more would be a typo for "the whole day". */
export const BROKERAGE_WINDOWS_MAX = 12;

const whole = (min: number, max: number) => z.number(m.outOfRange).int(m.wholeNumber).min(min, m.outOfRange).max(max, m.outOfRange);

/** The organiser's B2B session form (DOMAIN.md §5.5): times in the event's zone, the end after the start. */
export const brokerageSessionFields = z
  .object({
    eventId: id,
    startsAt: localDateTime,
    endsAt: localDateTime,
    slotMinutes: whole(BROKERAGE_SLOT_MINUTES.min, BROKERAGE_SLOT_MINUTES.max),
    tables: whole(1, BROKERAGE_TABLES_MAX),
    requestDeadline: localDateTime.nullable(),
  })
  .refine((s) => s.endsAt > s.startsAt, { message: m.endsBeforeStart, path: ["endsAt"] });
export type BrokerageSessionFieldsInput = z.input<typeof brokerageSessionFields>;

const availabilityWindow = z
  .object({ startsAt: localDateTime, endsAt: localDateTime })
  .refine((w) => w.endsAt > w.startsAt, { message: m.endsBeforeStart, path: ["endsAt"] });

/** A participant's availability: windows in the event's zone; none = the whole session. */
export const brokerageAvailabilityInput = z.object({
  eventId: id,
  windows: z.array(availabilityWindow).max(BROKERAGE_WINDOWS_MAX, m.tooLong),
});
export type BrokerageAvailabilityInput = z.input<typeof brokerageAvailabilityInput>;

/** A meeting request to another participant, with an optional message and a priority (1 = high). */
export const meetingRequestInput = z.object({
  eventId: id,
  toRegistrationId: id,
  message: optionalText(1000, { multiline: true }),
  priority: whole(Math.min(...meetingRequestPriorities), Math.max(...meetingRequestPriorities)),
});
export type MeetingRequestInput = z.input<typeof meetingRequestInput>;

export const meetingResponseInput = z.object({ eventId: id, requestId: id, accept: z.boolean() });

/** The organiser pins a meeting to a slot (number from 0) and, optionally, a table (from 1). */
export const meetingLockInput = z.object({
  eventId: id,
  meetingId: id,
  slot: whole(0, 10_000),
  table: whole(1, BROKERAGE_TABLES_MAX).nullable(),
});
export const meetingUnlockInput = z.object({ eventId: id, meetingId: id });
