import { scoreBenchmarking } from "../benchmark/score-benchmarking";
import { scoreInputSchema } from "../benchmark/schemas/score-input-schema";
import { fastParseScoreInput } from "../benchmark/schemas/score-input-fast";
import { defineCommand } from "./command";

/** `score`: points, level and knock-outs of one benchmarking (SCORING-CLI.md). */
export const scoreCommand = defineCommand({
  schema: scoreInputSchema,
  fastParse: fastParseScoreInput,
  run: (input) => scoreBenchmarking(input.values),
});
