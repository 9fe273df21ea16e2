import { errorMessages, type ErrorMessage, isErrorMessage } from "@clusterwerk/validators";
import { type TRPC_ERROR_CODE_KEY, type TRPCDefaultErrorShape, type TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";

/** The key a client sees for an error whose own message is not a key (tRPC's own errors, say). */
const messageOfCode: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorMessage>> = {
  PARSE_ERROR: errorMessages.invalidInput,
  BAD_REQUEST: errorMessages.invalidInput,
  UNAUTHORIZED: errorMessages.signInRequired,
  FORBIDDEN: errorMessages.forbidden,
  NOT_FOUND: errorMessages.notFound,
};

/** tRPC's own message when a request batches more procedures than `maxBatchSize` (packages/api http.ts). */
const BATCH_TOO_LARGE = "Batch call exceeds maximum size";

export type ErrorLogger = (message: string, cause: unknown) => void;

const logToConsole: ErrorLogger = (message, cause) => console.error(message, cause);

/**
 * The shape every procedure error answers with: the message is always a key of `errorMessages` (the
 * portal translates it), a schema failure carries its field errors, and a server error (5xx) says only
 * `internal` — its cause (a failed SQL statement, a stack) goes to the server log with the path, never
 * to the client — except a database outage (503), which says `databaseUnavailable` so people know to retry.
 */
export function formatError(
  { shape, error, path }: { shape: TRPCDefaultErrorShape; error: TRPCError; path: string | undefined },
  log: ErrorLogger = logToConsole,
) {
  const unavailable = error.message === errorMessages.databaseUnavailable;
  const internal = shape.data.httpStatus >= 500 && !unavailable;
  if (internal) log(`procedure ${path ?? "(unknown path)"} failed`, error.cause ?? error);
  // An outage is one line in the log, not a stack per request.
  if (unavailable) log(`procedure ${path ?? "(unknown path)"}: database unavailable`, null);
  const message: ErrorMessage = internal
    ? errorMessages.internal
    : error.cause instanceof ZodError
      ? errorMessages.invalidInput
      : isErrorMessage(error.message)
        ? error.message
        : error.message === BATCH_TOO_LARGE
          ? errorMessages.batchTooLarge
          : (messageOfCode[error.code] ?? errorMessages.internal);
  const { stack: _stack, ...data } = shape.data;
  return {
    ...shape,
    message,
    data: {
      ...data,
      // Field errors as message keys by field path, for forms to show on the field.
      fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
    },
  };
}
