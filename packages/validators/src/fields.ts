import { z } from "zod";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** Required single-line text, trimmed, with a maximum length. */
export const requiredText = (max: number) => text().trim().min(1, m.required).max(max, m.tooLong);

/** Optional text (multi-line when `multiline`): empty becomes null. */
export const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  text(options)
    .trim()
    .max(max, m.tooLong)
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const email = text().trim().toLowerCase().min(1, m.required).max(254, m.tooLong).email(m.invalidEmail);
export const id = z.string().uuid(m.invalidId);
/** At least 12 characters (OWASP ASVS 4.0.3 V2.1.1); the breached-password check runs on the server (packages/auth). */
export const password = text().min(12, m.passwordTooWeak).max(200, m.tooLong);
export const token = text().min(20, m.invalidId).max(200, m.invalidId);

export const optionalUrl = text()
  .trim()
  .max(300, m.tooLong)
  .refine((value) => value === "" || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(value), m.invalidUrl)
  .transform((value) => (value === "" ? null : value))
  .nullable();
