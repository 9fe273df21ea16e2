import { assessLabels } from "../benchmark/label-eligibility";
import { labelInputSchema } from "../benchmark/schemas/label-input-schema";
import { fastParseLabelInput } from "../benchmark/schemas/label-input-fast";
import { defineCommand } from "./command";

/** `label`: which labels a cluster may be awarded on a date (SCORING-CLI.md). */
export const labelCommand = defineCommand({
  schema: labelInputSchema,
  fastParse: fastParseLabelInput,
  run: (input) => assessLabels(input),
});
