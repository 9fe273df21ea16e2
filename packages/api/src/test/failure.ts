import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";

/** What a refused call answered: the tRPC code and message key, and the input's field errors. */
export interface CallFailure {
  code: TRPCError["code"];
  message: string;
  /** Every field's messages (`z.flattenError`), as the forms show them. */
  fields: Record<string, string[] | undefined>;
  /** The first issue's path, as an array and dotted, and its message. */
  path: PropertyKey[] | undefined;
  field: string | undefined;
  fieldMessage: string | undefined;
}

/**
 * Awaits a call that must be refused and returns how; a success or an error that is not a tRPC error
 * fails the test. One helper for every router test, so they all read a refusal the same way.
 */
export async function failure(call: Promise<unknown>): Promise<CallFailure> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const issue = zodError?.issues[0];
    return {
      code: error.code,
      message: error.message,
      fields: zodError ? z.flattenError(zodError).fieldErrors : {},
      path: issue?.path,
      field: issue?.path.join("."),
      fieldMessage: issue?.message,
    };
  }
  throw new Error("expected the call to fail");
}
