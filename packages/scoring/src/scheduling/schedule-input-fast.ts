import { fastArray, fastArrayOf, isNonEmptyString, isRecord, isWholeNumber } from "../validation/fast-parse";
import type { ScheduleInput } from "./schedule-input-schema";

type Participant = ScheduleInput["participants"][number];
type Meeting = ScheduleInput["meetings"][number];

function fastParticipant(input: unknown): Participant | undefined {
  if (!isRecord(input) || !isNonEmptyString(input.id)) return undefined;
  const available = fastArrayOf(input.available, isNonEmptyString);
  return available && { id: input.id, available };
}

function fastMeeting(input: unknown): Meeting | undefined {
  if (!isRecord(input)) return undefined;
  const { id, a, b, mutual, locked } = input;
  if (!isNonEmptyString(id) || !isNonEmptyString(a) || !isNonEmptyString(b)) return undefined;
  if (mutual !== undefined && typeof mutual !== "boolean") return undefined;
  const meeting: Meeting = { id, a, b, mutual: mutual ?? false };
  // `locked` is nullish: absent stays absent, null stays null, as zod keeps them.
  if (!("locked" in input)) return meeting;
  if (locked !== null && locked !== undefined && !isNonEmptyString(locked)) return undefined;
  meeting.locked = locked;
  return meeting;
}

/** `scheduleInputSchema`'s output for a plainly valid `schedule` input, otherwise `undefined` (the schema words the error). */
export function fastParseScheduleInput(input: unknown): ScheduleInput | undefined {
  if (!isRecord(input) || !isWholeNumber(input.tables) || input.tables < 1) return undefined;
  const slots = fastArrayOf(input.slots, isNonEmptyString);
  const participants = fastArray(input.participants, fastParticipant);
  const meetings = fastArray(input.meetings, fastMeeting);
  return slots && participants && meetings && { slots, tables: input.tables, participants, meetings };
}
