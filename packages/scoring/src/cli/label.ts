import { assessLabels } from "../benchmark/label-eligibility";
import { labelInputSchema } from "../benchmark/schemas/label-input-schema";
import { defineCommand } from "./command";

/** `label`: which labels a cluster may be awarded on a date (SCORING-CLI.md). */
export const labelCommand = defineCommand({
  schema: labelInputSchema,
  run: (input) => assessLabels(input),
});
