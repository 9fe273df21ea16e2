import { labelLevels } from "@clusterwerk/scoring/benchmark";
import { sectorFields } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { pagination, searchTerm, sortInput } from "./list";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** The label levels (DOMAIN.md §6.3), for the portal, which reads the scoring package only for vocabularies. */
export { labelLevels, type LabelLevel } from "@clusterwerk/scoring/benchmark";

/** The longest rationale of a label award (characters). */
export const LABEL_RATIONALE_MAX_LENGTH = 4000;

/** A label level (DOMAIN.md §6.3). */
export const labelLevelInput = z.enum(labelLevels, m.invalidChoice);

/** Awards are made with a written rationale (§6.3); required, multi-line. */
export const labelRationale = text({ multiline: true }).trim().min(1, m.required).max(LABEL_RATIONALE_MAX_LENGTH, m.tooLong);

/** An assessor's award of `level` on a finalised benchmarking. */
export const labelAwardInput = z.object({ level: labelLevelInput, rationale: labelRationale });
export type LabelAwardInput = z.input<typeof labelAwardInput>;

/** Where a label of the public registry stands today: valid, past its validity, or replaced by a correction. */
export const labelRegistryStatuses = ["valid", "expired", "superseded"] as const;
export type LabelRegistryStatus = (typeof labelRegistryStatuses)[number];

export const labelRegistrySortKeys = ["cluster", "level", "validFrom", "validUntil"] as const;
export type LabelRegistrySortKey = (typeof labelRegistrySortKeys)[number];

/** Certificate numbers as issued: `CW-<year>-<six digits>` (e.g. CW-2026-000123). */
export const certificateNumberPattern = /^CW-\d{4}-\d{6}$/;

/** The public registry's filters: search (cluster name or certificate number), country, sector field, level, status. */
export const labelRegistryInput = z.object({
  search: searchTerm,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, m.invalidCountry)
    .optional(),
  sectorField: z.enum(sectorFields, m.invalidChoice).optional(),
  level: labelLevelInput.optional(),
  status: z.enum(labelRegistryStatuses, m.invalidChoice).optional(),
  ...pagination,
  ...sortInput(labelRegistrySortKeys),
});
export type LabelRegistryInput = z.input<typeof labelRegistryInput>;
