import { z } from "zod";
import { indicatorRules } from "../indicator-rules";
import type { IndicatorId, IndicatorRule, IndicatorValues } from "../indicator-types";

/** The message names the valid range, as SCORING-CLI.md's example does. */
function rangeMessage(min: number, max: number | null): string {
  return max === null ? `expected a number of at least ${min}` : `expected a number between ${min} and ${max}`;
}

/** One value: yes/no indicators take booleans, all others numbers within their range; null = missing. */
function valueSchema(indicator: IndicatorRule) {
  const kind = indicator.kind;
  if (kind.type === "boolean") return z.boolean({ error: "expected true or false" }).nullable().optional();
  const message = rangeMessage(kind.min, kind.max);
  const bounded = z.number({ error: message }).min(kind.min, { error: message });
  return (kind.max === null ? bounded : bounded.max(kind.max, { error: message })).nullable().optional();
}

const shape = Object.fromEntries(indicatorRules.map((indicator) => [indicator.id, valueSchema(indicator)]));
const knownIds = new Set<string>(indicatorRules.map((indicator) => indicator.id));

/**
 * The values of one benchmarking, keyed by indicator id. An unknown id is invalid input (SCORING-CLI.md,
 * Conventions) and is reported at its own path (`values.X9: unknown indicator id`).
 */
export const indicatorValuesSchema = z
  .looseObject(shape, { error: "expected an object of indicator values by id" })
  .superRefine((values, ctx) => {
    for (const key of Object.keys(values)) {
      if (!knownIds.has(key)) ctx.addIssue({ code: "custom", path: [key], message: "unknown indicator id" });
    }
  })
  .transform((values): IndicatorValues => {
    const known: IndicatorValues = {};
    for (const [key, value] of Object.entries(values)) {
      if (knownIds.has(key) && (typeof value === "number" || typeof value === "boolean")) known[key as IndicatorId] = value;
    }
    return known;
  });

/**
 * A list of indicator ids where ids outside the catalogue are dropped, not refused: for
 * `validatedImprovements` SCORING-CLI.md says that ids other than qualifying scored indicators are
 * ignored, which the literal reading extends to unknown ids.
 */
export const indicatorIdListSchema = z
  .array(z.string({ error: "expected an indicator id" }), { error: "expected a list of indicator ids" })
  .transform((ids) => ids.filter((id): id is IndicatorId => knownIds.has(id)));
