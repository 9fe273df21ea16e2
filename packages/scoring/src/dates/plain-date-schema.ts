import { z } from "zod";
import { isPlainDate } from "./plain-date";

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is rejected). */
export const plainDateSchema = z
  .string({ error: "expected a date YYYY-MM-DD" })
  .refine(isPlainDate, { error: "expected a date YYYY-MM-DD" });
