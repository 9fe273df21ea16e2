import type * as core from "zod/v4/core";

/** A place in a procedure's input (object keys and array indexes) and its schema's edge values. */
export interface Slot {
  path: readonly (string | number)[];
  /** Values at and just past the schema's limits: the longest string it takes, its largest number, one element too many, … */
  edges: readonly unknown[];
}

/** Arrays past their limit are built from their first valid element; capped so one call stays cheap. */
const MAX_ARRAY_EDGE = 2_000;

/**
 * The slots of a zod 4 schema (a small deriver: zod-fast-check supports only zod 3). Walks the input side
 * of the kinds the validators use — object, optional, nullable, default, pipe, union, array and the
 * leaves — and reads each leaf's checks (min/max length, bounds, integer format, enum options) to give
 * values at its edges, where a valid-looking value may still break a column (length, integer range).
 */
export function slotsOf(schema: core.$ZodType, path: readonly (string | number)[] = []): Slot[] {
  const def = (schema as core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "object":
      return [{ path, edges: [] }, ...Object.entries(def.shape).flatMap(([key, value]) => slotsOf(value, [...path, key]))];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return slotsOf(def.innerType, path);
    case "pipe":
      return slotsOf(def.in, path);
    case "union":
      return def.options.flatMap((option) => slotsOf(option, path));
    case "array":
      return [{ path, edges: arrayEdges(def.checks) }, ...slotsOf(def.element, [...path, 0])];
    case "string":
      return [{ path, edges: stringEdges(def.checks) }];
    case "number":
      return [{ path, edges: numberEdges(def.checks) }];
    case "enum":
      return [{ path, edges: [...Object.values(def.entries), "not-an-option"] }];
    case "literal":
      return [{ path, edges: [...def.values, "not-the-literal"] }];
    default:
      return [{ path, edges: [] }];
  }
}

type Check = core.$ZodCheck<never>;
const checksOf = (checks: readonly Check[] | undefined) => (checks ?? []).map((check) => (check as core.$ZodChecks)._zod.def);

function stringEdges(checks: readonly Check[] | undefined): unknown[] {
  const edges: unknown[] = [];
  for (const check of checksOf(checks)) {
    if (check.check === "max_length") {
      // The longest accepted value, in one- and in two-unit characters, padded, and one past it.
      edges.push("x".repeat(check.maximum), "ä".repeat(check.maximum), ` ${"y".repeat(check.maximum)} `, "z".repeat(check.maximum + 1));
    }
    if (check.check === "min_length" && check.minimum > 0) edges.push("s".repeat(check.minimum - 1), " ".repeat(check.minimum));
  }
  return edges;
}

function numberEdges(checks: readonly Check[] | undefined): unknown[] {
  const edges: unknown[] = [-0, 0.5, -1];
  let bounded = false;
  for (const check of checksOf(checks)) {
    if (check.check === "less_than" || check.check === "greater_than") {
      const bound = Number(check.value);
      const step = check.check === "less_than" ? 1 : -1;
      edges.push(bound, bound + step, bound + step / 1_000);
      bounded ||= check.check === "less_than";
    }
    if (check.check === "number_format") edges.push(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5);
  }
  // An unbounded number reaches the column as it is: an integer or numeric column's limits.
  if (!bounded) edges.push(2 ** 31, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, 1e-300);
  return edges;
}

function arrayEdges(checks: readonly Check[] | undefined): unknown[] {
  const edges: unknown[] = [[]];
  for (const check of checksOf(checks)) {
    if (check.check === "max_length") edges.push(new RepeatFirst(Math.min(check.maximum + 1, MAX_ARRAY_EDGE)));
  }
  edges.push(new RepeatFirst(200));
  return edges;
}

/** An array edge: the row's own first element (a valid one), `times` times; built when the mutation is applied. */
export class RepeatFirst {
  constructor(readonly times: number) {}
  toString() {
    return `RepeatFirst(${this.times})`;
  }
}
