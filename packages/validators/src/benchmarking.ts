import { indicatorIds, type IndicatorRule, indicatorRules, indicatorValuesSchema } from "@clusterwerk/scoring/benchmark";
import { z } from "zod";
import { id, optionalText, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { calendarDay } from "./calendar-day";

/** A benchmark date: a calendar day that exists; "not in the future" is checked against today by the procedure. */
export const benchmarkDate = calendarDay();

/** Starting a benchmarking of a cluster for a date (DOMAIN.md §6). */
export const startBenchmarkingInput = z.object({ clusterId: id, benchmarkDate });

// The rules, not the catalogue with its texts: these schemas also run in the browser (the value forms).
const rules = new Map<string, IndicatorRule>(indicatorRules.map((indicator) => [indicator.id, indicator]));

/** The figures of an indicator id of the current catalogue. */
function indicatorRule(indicatorId: string): IndicatorRule | undefined {
  return rules.get(indicatorId);
}

/** The message for a value outside an indicator's range: shares say 0–100 (a percentage of 140), others point at the range shown. */
function outOfRangeMessage(indicator: IndicatorRule) {
  if (indicator.kind.type === "share") return m.percentOutOfRange;
  if (indicator.kind.type === "boolean") return m.invalidChoice;
  return indicator.kind.min === 0 && indicator.kind.max === null ? m.notNegative : m.indicatorOutOfRange;
}

/** A value in a form: a number, yes/no for yes/no indicators, or null for "no value". */
const indicatorValue = z.union([z.number(m.invalid), z.boolean(m.invalid)], m.invalid).nullable();

/**
 * Checks a value against its indicator with the scoring package's own schema (`indicatorValuesSchema`:
 * kind and range of §6.1), reporting a failure as a message key on the `value` field.
 */
function checkValue(input: { indicatorId: string; value: number | boolean | null }, ctx: z.RefinementCtx) {
  const indicator = indicatorRule(input.indicatorId);
  if (!indicator || input.value === null) return;
  if (!indicatorValuesSchema.safeParse({ [input.indicatorId]: input.value }).success) {
    ctx.addIssue({ code: "custom", path: ["value"], message: outOfRangeMessage(indicator) });
  }
}

/** An indicator id of the catalogue (DOMAIN.md §6.1). */
export const indicatorIdInput = z.enum(indicatorIds, m.invalidChoice);
const indicatorId = indicatorIdInput;

/** A manager's value of a reported indicator with its note (derived values come from portal data). */
export const reportedValueInput = z
  .object({ benchmarkingId: id, indicatorId, value: indicatorValue, note: optionalText(2000, { multiline: true }) })
  .superRefine((input, ctx) => {
    if (indicatorRule(input.indicatorId)?.source !== "reported") {
      ctx.addIssue({ code: "custom", path: ["indicatorId"], message: m.indicatorNotReported });
    }
    checkValue(input, ctx);
  });

/** An assessor's correction of any value during review; the note saying why is required (DOMAIN.md §6). */
export const correctValueInput = z
  .object({ benchmarkingId: id, indicatorId, value: indicatorValue, note: requiredText(2000) })
  .superRefine(checkValue);

/** One benchmarking named by id (workflow steps, detail, history). */
export const benchmarkingIdInput = z.object({ benchmarkingId: id });
