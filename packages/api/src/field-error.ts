import { errorMessages } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * A refusal shown on one field of the form, like a schema failure (the portal reads `fieldErrors`). The cause
 * comes from a failed parse, as in `checkProfileTerms`: tRPC keeps only Error instances as causes.
 */
export function fieldError(path: string, message: string): TRPCError {
  const failed = z.object({ [path]: z.unknown().refine(() => false, message) }).safeParse({ [path]: null });
  return new TRPCError({ code: "BAD_REQUEST", message: errorMessages.invalidInput, cause: failed.error });
}
