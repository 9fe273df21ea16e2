import { matchInputSchema, matchProfiles } from "../matching";
import { defineCommand } from "./command";

/** `match`: ranked matches for one cooperation profile (SCORING-CLI.md, DOMAIN.md §5.2–5.3). */
export const matchCommand = defineCommand({
  schema: matchInputSchema,
  run: (input) => matchProfiles(input),
});
