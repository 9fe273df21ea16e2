import { z } from "zod";
import { validationMessages as m } from "./messages";

/** Required text, trimmed, with a maximum length. */
export const requiredText = (max: number) => z.string().trim().min(1, m.required).max(max, m.tooLong);

/** Optional text: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, m.tooLong)
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const email = z.string().trim().toLowerCase().min(1, m.required).max(254, m.tooLong).email(m.invalidEmail);
export const id = z.string().uuid(m.invalidId);
export const password = z.string().min(10, m.passwordTooWeak).max(200, m.tooLong);
export const token = z.string().min(20, m.invalidId).max(200, m.invalidId);

export const optionalUrl = z
  .string()
  .trim()
  .max(300, m.tooLong)
  .refine((value) => value === "" || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(value), m.invalidUrl)
  .transform((value) => (value === "" ? null : value))
  .nullable();

export const pagination = {
  cursor: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
};
