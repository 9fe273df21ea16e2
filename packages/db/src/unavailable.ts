/**
 * PostgreSQL's SQLSTATE classes and codes that mean "the server is not there right now" rather than "this
 * statement is wrong": connection exceptions (class 08), an operator or crash shutdown and a server still
 * starting up (57P01–57P03).
 */
const unavailableStates = new Set(["57P01", "57P02", "57P03"]);
/** Socket errors of a server that is restarting or unreachable. */
const unavailableSocketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
/** What `pg` says when a connection dies under a query or cannot be made in time (its errors carry no code). */
const unavailableMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error/,
];

/**
 * Whether an error (or any error in its `cause` chain: drizzle wraps the driver's) says the database is
 * unreachable for the moment — during a restart, say — so the request may simply be tried again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (code.startsWith("08") || unavailableStates.has(code) || unavailableSocketCodes.has(code))) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    if (unavailableMessages.some((pattern) => pattern.test(current instanceof Error ? current.message : ""))) return true;
  }
  return false;
}
