import { memberCategories, normaliseNaceCode } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { optionalText, optionalUrl, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { text } from "./text";

// A section letter, or a division under the section it belongs to (DOMAIN.md §1.3: C28 is one, C99 and A50 are none).
const naceCode = text()
  .trim()
  .toUpperCase()
  .regex(/^[A-U](\d{2})?$/, m.invalidNace)
  .refine((code) => normaliseNaceCode(code) === code, m.unknownTag);
const technologyTag = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, m.invalidTag);

/** An organisation's NACE codes (at most 20) and technology tags (at most 30), as the profile pickers submit them. */
export const naceCodes = z.array(naceCode).max(20, m.tooLong);
export const technologyTags = z.array(technologyTag).max(30, m.tooLong);

/** The longest organisation name the profile accepts (characters); the profile form uses it as `maxLength`. */
export const ORGANISATION_NAME_MAX_LENGTH = 160;

/** The editable organisation profile (DOMAIN.md §1). Coordinates are optional but come in pairs. */
export const organisationProfile = z
  .object({
    name: requiredText(ORGANISATION_NAME_MAX_LENGTH),
    category: z.enum(memberCategories, m.invalidChoice),
    employees: z.number(m.outOfRange).int(m.outOfRange).min(0, m.outOfRange).max(1_000_000, m.outOfRange).nullable(),
    street: optionalText(160),
    postalCode: text()
      .trim()
      .max(12, m.tooLong)
      .refine((value) => value === "" || /^[A-Za-z0-9 -]{3,12}$/.test(value), m.invalidPostalCode)
      .transform((value) => (value === "" ? null : value))
      .nullable(),
    city: requiredText(120),
    country: text()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, m.invalidCountry),
    lat: z.number(m.outOfRange).min(-90, m.outOfRange).max(90, m.outOfRange).nullable(),
    lon: z.number(m.outOfRange).min(-180, m.outOfRange).max(180, m.outOfRange).nullable(),
    nace: naceCodes,
    technologyTags,
    website: optionalUrl,
    description: optionalText(2000, { multiline: true }),
  })
  .refine((value) => (value.lat === null) === (value.lon === null), { message: m.outOfRange, path: ["lon"] });

export type OrganisationProfileInput = z.input<typeof organisationProfile>;
