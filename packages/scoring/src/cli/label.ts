import { z } from "zod";
import { defineCommand, InvalidInputError } from "./command";

// Placeholder until the label command is built (see SCORING-CLI.md).
export const labelCommand = defineCommand({
  schema: z.object({}),
  run: () => {
    throw new InvalidInputError("command", "label is not implemented yet");
  },
});
