import { isRecord } from "../../validation/fast-parse";
import { fastIndicatorValues } from "./indicator-values-fast";
import type { ParsedScoreCommandInput } from "./score-input-schema";

/** `scoreInputSchema`'s output for a plainly valid `score` input, otherwise `undefined`. */
export function fastParseScoreInput(input: unknown): ParsedScoreCommandInput | undefined {
  const values = isRecord(input) ? fastIndicatorValues(input.values) : undefined;
  return values && { values };
}
