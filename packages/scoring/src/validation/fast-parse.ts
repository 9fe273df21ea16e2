/**
 * Building blocks of the commands' fast input checks (issue 10, item 8). Each returns what the zod
 * schema would return for a plainly valid value and `undefined` for anything else: it never words an
 * error, the schema does, so a fast check can only be stricter than its schema, never looser.
 */
import { isPlainDate } from "../dates/plain-date";

/** zod's notion of an object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finite number (zod's `z.number()` refuses NaN and ±Infinity). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A whole number zod's `.int()` accepts (a safe integer). */
export function isWholeNumber(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** `plainDateSchema`: a real calendar day written `YYYY-MM-DD`. */
export function isPlainDateString(value: unknown): value is string {
  return typeof value === "string" && isPlainDate(value);
}

/** Every element through `element`, or `undefined` as soon as one is not plainly valid. */
export function fastArray<T>(value: unknown, element: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const result = new Array<T>(value.length);
  for (let index = 0; index < value.length; index++) {
    const item = element(value[index]);
    if (item === undefined) return undefined;
    result[index] = item;
  }
  return result;
}

/** An array whose elements pass `test` as they are (strings, ids): a copy, as zod returns one. */
export function fastArrayOf<T>(value: unknown, test: (item: unknown) => item is T): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const item of value) if (!test(item)) return undefined;
  return (value as T[]).slice();
}
