import { z } from "zod";
import { defineCommand, InvalidInputError } from "./command";

// Placeholder until the peers command is built (see SCORING-CLI.md).
export const peersCommand = defineCommand({
  schema: z.object({}),
  run: () => {
    throw new InvalidInputError("command", "peers is not implemented yet");
  },
});
