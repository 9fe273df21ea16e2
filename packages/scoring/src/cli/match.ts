import { z } from "zod";
import { defineCommand, InvalidInputError } from "./command";

// Placeholder until the match command is built (see SCORING-CLI.md).
export const matchCommand = defineCommand({
  schema: z.object({}),
  run: () => {
    throw new InvalidInputError("command", "match is not implemented yet");
  },
});
