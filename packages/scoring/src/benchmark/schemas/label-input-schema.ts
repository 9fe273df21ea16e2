import { z } from "zod";
import { compareDates } from "../../dates/plain-date";
import { plainDateSchema } from "../../dates/plain-date-schema";
import { labelLevels } from "../label-rules";
import { indicatorIdListSchema, indicatorValuesSchema } from "./indicator-values-schema";

/** An earlier award (also the `labels` of a reference cluster in `peers`); it may not end before it starts. */
export const labelAwardSchema = z
  .object(
    {
      level: z.enum(labelLevels, { error: `expected one of ${labelLevels.join(", ")}` }),
      validFrom: plainDateSchema,
      validUntil: plainDateSchema,
    },
    { error: "expected a label with level, validFrom and validUntil" },
  )
  .superRefine((award, ctx) => {
    if (compareDates(award.validUntil, award.validFrom) < 0) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "expected a date on or after validFrom" });
    }
  });

const benchmarkingSchema = z.object(
  {
    date: plainDateSchema,
    values: indicatorValuesSchema,
    validatedImprovements: indicatorIdListSchema.default([]),
  },
  { error: "expected a benchmarking with date and values" },
);

/** A benchmarking on a date an earlier one (`first`) already holds. */
export function repeatedDates(benchmarkings: readonly { date: string }[]): { index: number; first: number; date: string }[] {
  const seen = new Map<string, number>();
  const repeated: { index: number; first: number; date: string }[] = [];
  benchmarkings.forEach(({ date }, index) => {
    const first = seen.get(date);
    if (first === undefined) seen.set(date, index);
    else repeated.push({ index, first, date });
  });
  return repeated;
}

/** Input of `label` (SCORING-CLI.md). Two benchmarkings on one date are invalid. */
export const labelInputSchema = z
  .object(
    {
      asOf: plainDateSchema,
      benchmarkings: z.array(benchmarkingSchema, { error: "expected a list of benchmarkings" }),
      awards: z.array(labelAwardSchema, { error: "expected a list of awards" }).default([]),
      assessors: z
        .array(z.string({ error: "expected an assessor name" }).min(1, { error: "expected an assessor name" }), {
          error: "expected a list of assessor names",
        })
        .default([]),
    },
    { error: "expected an object with asOf and benchmarkings" },
  )
  .superRefine((input, ctx) => {
    for (const { index, first, date } of repeatedDates(input.benchmarkings)) {
      ctx.addIssue({
        code: "custom",
        path: ["benchmarkings", index, "date"],
        message: `another benchmarking (benchmarkings.${first}) is on ${date} already`,
      });
    }
  });
export type LabelCommandInput = z.input<typeof labelInputSchema>;
export type ParsedLabelCommandInput = z.output<typeof labelInputSchema>;
