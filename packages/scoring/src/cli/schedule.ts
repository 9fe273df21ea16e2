import { findEventIssue, scheduleInputSchema, scheduleMeetings } from "../scheduling";
import { fastParseScheduleInput } from "../scheduling/schedule-input-fast";
import { defineCommand, InvalidInputError } from "./command";

/** `schedule`: 1:1 meetings of a brokerage event (SCORING-CLI.md, DOMAIN.md §5.5). */
export const scheduleCommand = defineCommand({
  schema: scheduleInputSchema,
  fastParse: fastParseScheduleInput,
  run: (input) => {
    const issue = findEventIssue(input);
    if (issue) throw new InvalidInputError(issue.path, issue.message);
    const { scheduled, unscheduled, upperBound, objective, method } = scheduleMeetings(input);
    return { scheduled, unscheduled, upperBound, objective, method };
  },
});
