import type { Highs } from "highs";
import { findEventIssue, loadHighs, scheduleInputSchema, scheduleMeetings } from "../scheduling";
import { fastParseScheduleInput } from "../scheduling/schedule-input-fast";
import { defineCommand, InvalidInputError } from "./command";

let highs: Highs | null = null;

/**
 * `schedule`: 1:1 meetings of a brokerage event (SCORING-CLI.md, DOMAIN.md §5.5). HiGHS re-solves the
 * heuristic's schedule within count limits (reproducible), so the command answers the proven optimum
 * wherever the program is small enough.
 */
export const scheduleCommand = defineCommand({
  schema: scheduleInputSchema,
  fastParse: fastParseScheduleInput,
  prepare: async () => {
    highs = await loadHighs();
  },
  run: (input) => {
    const issue = findEventIssue(input);
    if (issue) throw new InvalidInputError(issue.path, issue.message);
    if (!highs) throw new Error("the schedule command's solver was not loaded (call prepare first)");
    const { scheduled, unscheduled, upperBound, objective, method } = scheduleMeetings(input, { highs });
    return { scheduled, unscheduled, upperBound, objective, method };
  },
});
