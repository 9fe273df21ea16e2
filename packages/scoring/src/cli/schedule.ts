import { z } from "zod";
import { defineCommand, InvalidInputError } from "./command";

// Placeholder until the schedule command is built (see SCORING-CLI.md).
export const scheduleCommand = defineCommand({
  schema: z.object({}),
  run: () => {
    throw new InvalidInputError("command", "schedule is not implemented yet");
  },
});
