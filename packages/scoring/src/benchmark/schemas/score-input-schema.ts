import { z } from "zod";
import { indicatorValuesSchema } from "./indicator-values-schema";

/** Input of `score` (SCORING-CLI.md). */
export const scoreInputSchema = z.object({ values: indicatorValuesSchema }, { error: "expected an object with values" });
export type ScoreCommandInput = z.input<typeof scoreInputSchema>;
export type ParsedScoreCommandInput = z.output<typeof scoreInputSchema>;
