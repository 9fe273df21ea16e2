/**
 * Procedures one HTTP request to `/api/trpc` may batch (the server refuses more, packages/api http.ts; the
 * portal's client splits its batches at this size). Each may start expensive work, such as an argon2 hash
 * or a report, so one request must not start hundreds.
 */
export const MAX_BATCH_SIZE = 10;
