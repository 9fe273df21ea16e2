import { TRPCClientError } from "@trpc/client";
import type { ZodType } from "zod";

export type FieldErrors = Record<string, string | undefined>;

/** First message key per top-level field from a zod result (same schema as the server's). */
export function zodFieldErrors(schema: ZodType, value: unknown): FieldErrors | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Field errors the server sent (BAD_REQUEST with fieldErrors), if any. */
export function serverFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<never>).data as { fieldErrors?: Record<string, string[] | undefined> | null } | undefined;
  if (!data?.fieldErrors) return null;
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(data.fieldErrors)) errors[field] = messages?.[0];
  return errors;
}

/** The server's message for a non-field error (our routers send message keys like "tokenInvalid"). */
export function serverMessage(error: unknown): string | null {
  return error instanceof TRPCClientError ? error.message : null;
}
