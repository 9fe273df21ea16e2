import type { z } from "zod";

/** The one line SCORING-CLI.md asks for: the first offending field by dotted path, and what is wrong. */
export function formatZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "input: invalid";
  const path = issue.path.map(String).join(".") || "input";
  return `${path}: ${issue.message}`;
}
