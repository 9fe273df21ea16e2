import { z } from "zod";
import { defineCommand, InvalidInputError } from "./command";

// Placeholder until the score command is built (see SCORING-CLI.md).
export const scoreCommand = defineCommand({
  schema: z.object({}),
  run: () => {
    throw new InvalidInputError("command", "score is not implemented yet");
  },
});
