import {
  type IndicatorId,
  type IndicatorRule,
  indicatorRules,
  type IndicatorValues,
  type LabelAward,
  labelLevels,
} from "@clusterwerk/scoring/benchmark";
import { sectorFieldLabels, sectorFields, type SectorField } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { calendarDay, isCalendarDay } from "./calendar-day";
import { text } from "./text";

/** Rows per import call of the reference database: the client sends validated rows in chunks of this size. */
export const REFERENCE_IMPORT_CHUNK = 500;

/** The columns of a reference benchmarking besides the 36 indicators (DOMAIN.md §6.2). */
export const referenceRowBaseFields = [
  "importKey",
  "clusterName",
  "country",
  "sectorField",
  "benchmarkDate",
  "label",
  "labelValidFrom",
  "labelValidUntil",
] as const;
export type ReferenceRowField = (typeof referenceRowBaseFields)[number] | IndicatorId;

/** An optional column: a missing cell reads as an empty one. */
const cell = z
  .string(m.invalid)
  .optional()
  .transform((value) => value ?? "");

/** A number as spreadsheets write it: `1.5` or `1,5`; empty = missing. */
function indicatorCell(indicator: IndicatorRule) {
  const kind = indicator.kind;
  if (kind.type === "boolean") {
    const answers: Record<string, boolean> = {
      yes: true,
      ja: true,
      true: true,
      "1": true,
      no: false,
      nein: false,
      false: false,
      "0": false,
    };
    return cell.pipe(
      text()
        .trim()
        .toLowerCase()
        .refine((value) => value === "" || value in answers, m.invalidChoice)
        .transform((value) => (value === "" ? null : (answers[value] ?? null))),
    );
  }
  return cell.pipe(
    text()
      .trim()
      .refine((value) => value === "" || /^-?\d+([.,]\d+)?$/.test(value), m.invalid)
      .transform((value) => (value === "" ? null : Number(value.replace(",", "."))))
      .refine((value) => value === null || (value >= kind.min && (kind.max === null || value <= kind.max)), m.outOfRange),
  );
}

const sectorByName = new Map<string, SectorField>(
  sectorFields.flatMap((sector) => [
    [sector.toLocaleLowerCase("de"), sector],
    [sectorFieldLabels[sector].de.toLocaleLowerCase("de"), sector],
  ]),
);
const optionalDate = cell.pipe(
  text()
    .trim()
    .refine((value) => value === "" || isCalendarDay(value), m.invalidDate),
);

/**
 * One row of a reference benchmarking file (issue 10, item 4): an external benchmarking result of another
 * cluster, every cell a string as a CSV gives it. The key makes a re-import idempotent; values follow the
 * catalogue's ranges (§6.1, SCORING-CLI.md Conventions), yes/no as yes/no/ja/nein/1/0; an optional label
 * with its validity lets the cluster count for best-in-class (§6.2).
 */
export const referenceRow = z
  .object({
    importKey: requiredText(200),
    clusterName: requiredText(200),
    country: text()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, m.invalidCountry),
    sectorField: text()
      .trim()
      .transform((value, context) => {
        const sector = sectorByName.get(value.toLocaleLowerCase("de"));
        if (sector) return sector;
        context.addIssue({ code: "custom", message: m.invalidChoice });
        return z.NEVER;
      }),
    benchmarkDate: calendarDay(),
    label: cell.pipe(
      text()
        .trim()
        .toLowerCase()
        .refine((value) => value === "" || (labelLevels as readonly string[]).includes(value), m.invalidChoice),
    ),
    labelValidFrom: optionalDate,
    labelValidUntil: optionalDate,
    ...(Object.fromEntries(indicatorRules.map((indicator) => [indicator.id, indicatorCell(indicator)])) as Record<
      IndicatorId,
      ReturnType<typeof indicatorCell>
    >),
  })
  .superRefine((row, context) => {
    if (row.label === "") return;
    if (row.labelValidFrom === "") context.addIssue({ code: "custom", message: m.required, path: ["labelValidFrom"] });
    else if (row.labelValidUntil === "") context.addIssue({ code: "custom", message: m.required, path: ["labelValidUntil"] });
    else if (row.labelValidUntil < row.labelValidFrom)
      context.addIssue({ code: "custom", message: m.endsBeforeStart, path: ["labelValidUntil"] });
  })
  .transform((row) => {
    const values: IndicatorValues = {};
    for (const indicator of indicatorRules) {
      const value = row[indicator.id];
      if (value !== null) values[indicator.id] = value;
    }
    const labels: LabelAward[] =
      row.label === "" ? [] : [{ level: row.label as LabelAward["level"], validFrom: row.labelValidFrom, validUntil: row.labelValidUntil }];
    return {
      importKey: row.importKey,
      clusterName: row.clusterName,
      country: row.country,
      sectorField: row.sectorField,
      benchmarkDate: row.benchmarkDate,
      values,
      labels,
    };
  });

export type ReferenceRowInput = z.input<typeof referenceRow>;
export type ReferenceRow = z.output<typeof referenceRow>;

/** One chunk of validated rows, sent again to the server, which validates them once more. */
export const referenceImportChunk = z.object({
  source: requiredText(200),
  rows: z.array(referenceRow).min(1, m.required).max(REFERENCE_IMPORT_CHUNK, m.tooLong),
});
