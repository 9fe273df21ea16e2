import { normaliseNaceCode, prospectStatuses } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, requiredText } from "./fields";
import { pagination, searchTerm } from "./list";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** Rows per import call: the client sends the validated rows in chunks of this size and shows the progress. */
export const PROSPECT_IMPORT_CHUNK = 500;

const naceList = text()
  .trim()
  .transform((value, context) => {
    const codes: string[] = [];
    for (const part of value.split(/[\s,;|]+/).filter(Boolean)) {
      const code = normaliseNaceCode(part);
      if (code === null) {
        context.addIssue({ code: "custom", message: m.invalidNace });
        return z.NEVER;
      }
      if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  })
  .refine((codes) => codes.length <= 20, m.tooLong);

const tagList = text()
  .trim()
  .toLowerCase()
  .transform((value, context) => {
    const tags = [...new Set(value.split(/[\s,;|]+/).filter(Boolean))];
    if (tags.some((tag) => !/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(tag))) {
      context.addIssue({ code: "custom", message: m.invalidTag });
      return z.NEVER;
    }
    return tags;
  })
  .refine((tags) => tags.length <= 30, m.tooLong);

/** A website as lists give it: with or without `https://`; stored with the scheme. */
const website = text()
  .trim()
  .max(300, m.tooLong)
  .transform((value) => (value === "" || /^https?:\/\//i.test(value) ? value : `https://${value}`))
  .refine((value) => value === "" || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(value), m.invalidUrl)
  .transform((value) => (value === "" ? null : value));

const wholeNumber = text()
  .trim()
  .refine((value) => value === "" || /^\d{1,9}$/.test(value.replace(/[.,' ](?=\d{3}\b)/g, "")), m.wholeNumber)
  .transform((value) => (value === "" ? null : Number(value.replace(/[.,' ](?=\d{3}\b)/g, ""))));

const coordinate = (limit: number) =>
  text()
    .trim()
    .refine(
      (value) => value === "" || (/^-?\d{1,3}([.,]\d+)?$/.test(value) && Math.abs(Number(value.replace(",", "."))) <= limit),
      m.outOfRange,
    )
    .transform((value) => (value === "" ? null : Number(value.replace(",", "."))));

/** An optional column: a missing cell reads as an empty one. */
const optionalCell = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string(m.invalid)
    .optional()
    .transform((value) => value ?? "")
    .pipe(schema);

/**
 * One prospect row of an import (DOMAIN.md §1 "Prospect"), every cell a string as a CSV gives it. A cell
 * that looks like a formula (`=HYPERLINK(…)`) is kept as the text it is: stored, never evaluated, and
 * neutralised by the CSV writer in every export.
 */
export const prospectRow = z
  .object({
    externalId: optionalCell(
      text()
        .trim()
        .max(100, m.tooLong)
        .transform((value) => (value === "" ? null : value)),
    ),
    name: requiredText(200),
    city: requiredText(120),
    postalCode: optionalCell(
      text()
        .trim()
        .max(12, m.tooLong)
        .refine((value) => value === "" || /^[A-Za-z0-9 -]{3,12}$/.test(value), m.invalidPostalCode)
        .transform((value) => (value === "" ? null : value)),
    ),
    country: text()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, m.invalidCountry),
    nace: optionalCell(naceList),
    technologyTags: optionalCell(tagList),
    employees: optionalCell(wholeNumber.refine((value) => value === null || value <= 1_000_000, m.outOfRange)),
    website: optionalCell(website),
    lat: optionalCell(coordinate(90)),
    lon: optionalCell(coordinate(180)),
  })
  .refine((row) => (row.lat === null) === (row.lon === null), { message: m.outOfRange, path: ["lon"] });

export type ProspectRowInput = z.input<typeof prospectRow>;
export type ProspectRow = z.output<typeof prospectRow>;
export type ProspectRowField = keyof ProspectRowInput;

/** A name as the key compares it: without case, diacritics and repeated spaces, `ß` as `ss`. */
const normalisedName = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("de")
    .replace(/ß/g, "ss")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The key that makes a re-import idempotent (issue 9): the list's own id when it has one, else the
 * normalised name with postal code and country, so the same company from the same list maps to one prospect.
 */
export function prospectImportKey(row: Pick<ProspectRow, "externalId" | "name" | "postalCode" | "country">): string {
  if (row.externalId !== null) return `id:${row.externalId}`;
  return `name:${normalisedName(row.name)}|${(row.postalCode ?? "").replace(/\s+/g, "").toUpperCase()}|${row.country}`;
}

/** The managers' "who to approach" list: search, status, relevant only, a page. */
export const prospectListInput = z.object({
  search: searchTerm,
  status: z.enum(prospectStatuses, m.invalidChoice).optional(),
  relevantOnly: z.boolean().default(false),
  ...pagination,
});

/** One chunk of validated rows, sent again to the server, which validates them once more. */
export const prospectImportChunk = z.object({ rows: z.array(prospectRow).min(1, m.required).max(PROSPECT_IMPORT_CHUNK, m.tooLong) });

/** A manager corrects an organisation's location (issue 9: correctable on a map). */
export const organisationLocation = z.object({
  organisationId: id,
  lat: z.number(m.outOfRange).min(-90, m.outOfRange).max(90, m.outOfRange),
  lon: z.number(m.outOfRange).min(-180, m.outOfRange).max(180, m.outOfRange),
});
