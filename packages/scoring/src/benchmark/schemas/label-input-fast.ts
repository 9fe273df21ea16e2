import { compareDates } from "../../dates/plain-date";
import { fastArray, fastArrayOf, isNonEmptyString, isPlainDateString, isRecord } from "../../validation/fast-parse";
import { labelLevels } from "../label-rules";
import { fastIndicatorIdList, fastIndicatorValues } from "./indicator-values-fast";
import { type ParsedLabelCommandInput, repeatedDates } from "./label-input-schema";

type LabelAward = ParsedLabelCommandInput["awards"][number];
type Benchmarking = ParsedLabelCommandInput["benchmarkings"][number];

const levels = new Set<string>(labelLevels);
const isLabelLevel = (value: unknown): value is LabelAward["level"] => typeof value === "string" && levels.has(value);

/** `labelAwardSchema` for a plainly valid award (also a reference cluster's label in `peers`). */
export function fastLabelAward(input: unknown): LabelAward | undefined {
  if (!isRecord(input)) return undefined;
  const { level, validFrom, validUntil } = input;
  if (!isLabelLevel(level) || !isPlainDateString(validFrom) || !isPlainDateString(validUntil)) return undefined;
  return compareDates(validUntil, validFrom) < 0 ? undefined : { level, validFrom, validUntil };
}

/** A list that defaults to empty when absent, as `.default([])` does. */
export function fastListOrEmpty<T>(input: unknown, parse: (value: unknown) => T[] | undefined): T[] | undefined {
  return input === undefined ? [] : parse(input);
}

function fastBenchmarking(input: unknown): Benchmarking | undefined {
  if (!isRecord(input) || !isPlainDateString(input.date)) return undefined;
  const values = fastIndicatorValues(input.values);
  const validatedImprovements = fastListOrEmpty(input.validatedImprovements, fastIndicatorIdList);
  return values && validatedImprovements && { date: input.date, values, validatedImprovements };
}

/** `labelInputSchema`'s output for a plainly valid `label` input, otherwise `undefined` (the schema words the error). */
export function fastParseLabelInput(input: unknown): ParsedLabelCommandInput | undefined {
  if (!isRecord(input) || !isPlainDateString(input.asOf)) return undefined;
  const benchmarkings = fastArray(input.benchmarkings, fastBenchmarking);
  const awards = fastListOrEmpty(input.awards, (value) => fastArray(value, fastLabelAward));
  const assessors = fastListOrEmpty(input.assessors, (value) => fastArrayOf(value, isNonEmptyString));
  if (!benchmarkings || !awards || !assessors || repeatedDates(benchmarkings).length > 0) return undefined;
  return { asOf: input.asOf, benchmarkings, awards, assessors };
}
