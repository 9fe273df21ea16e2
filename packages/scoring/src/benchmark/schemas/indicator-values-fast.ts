import { indicatorCatalogue } from "../indicator-catalogue";
import type { IndicatorId, IndicatorValues } from "../indicator-types";
import { fastArray, isRecord } from "../../validation/fast-parse";

/** Per indicator id its valid range, `null` for yes/no: the kinds and ranges of `indicatorValuesSchema`. */
const ranges: Record<string, { min: number; max: number } | null | undefined> = Object.create(null) as Record<string, never>;
for (const { id, kind } of indicatorCatalogue.indicators) {
  ranges[id] = kind.type === "boolean" ? null : { min: kind.min, max: kind.max ?? Number.POSITIVE_INFINITY };
}

/**
 * `indicatorValuesSchema`'s output for plainly valid values (known ids only, each in its kind and
 * range, null or absent = missing), otherwise `undefined`. Without nulls that output is the input
 * itself, so it is returned as it is: on 1,300 reference clusters a copy costs many times the check.
 */
export function fastIndicatorValues(input: unknown): IndicatorValues | undefined {
  if (!isRecord(input)) return undefined;
  let missing = false;
  // for…in rather than Object.keys: V8 reads the values from its enum cache, ten times faster here.
  // JSON.parse makes no inherited keys; any other key is not in `ranges` and leaves the check to zod.
  for (const key in input) {
    const range = ranges[key];
    const value = input[key];
    if (range === undefined) return undefined;
    if (value === null || value === undefined) missing = true;
    else if (range === null ? typeof value !== "boolean" : typeof value !== "number" || !(value >= range.min && value <= range.max)) {
      return undefined;
    }
  }
  if (!missing) return input;
  const known: Record<string, unknown> = {};
  for (const key in input) if (input[key] !== null && input[key] !== undefined) known[key] = input[key];
  return known;
}

/** `indicatorIdListSchema`: a list of strings, ids outside the catalogue dropped. */
export function fastIndicatorIdList(input: unknown): IndicatorId[] | undefined {
  const ids = fastArray(input, (item) => (typeof item === "string" ? item : undefined));
  return ids?.filter((id): id is IndicatorId => ranges[id] !== undefined);
}
