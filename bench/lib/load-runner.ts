import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { TRPCClientError } from "@trpc/client";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile, seededRandom } from "./timing";

/** One request of a virtual user: the endpoint it counts under, and the call (it throws on failure). */
export interface Step {
  endpoint: string;
  run: () => Promise<unknown>;
}

/** One finished request: when it started (`performance.now()`), how long it took, and its error if it failed. */
export interface Outcome {
  endpoint: string;
  startedAt: number;
  ms: number;
  error: string | null;
}

/** How a failed request presented itself to the client: HTTP status and message key, or the transport failure. */
export function describeFailure(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as { httpStatus?: number } | undefined;
    return `${data?.httpStatus ?? "?"} ${error.message}`;
  }
  if (error instanceof Error && error.name === "TimeoutError") return "no answer within the timeout (hang)";
  return error instanceof Error ? `transport: ${error.message}` : String(error);
}

/**
 * A closed-loop load: each virtual user sends its next request when the previous one is answered and it has
 * paused for a while (`thinkMs` on average, evenly between half and one and a half of it, seeded per user;
 * 0 for none), until `durationMs` have passed. `next` gives a user's next step. Returns every outcome in
 * order of completion.
 */
export async function runLoad(
  users: (() => Step)[],
  durationMs: number,
  thinkMs: number,
): Promise<{ outcomes: Outcome[]; elapsedMs: number }> {
  const began = performance.now();
  const deadline = began + durationMs;
  const outcomes: Outcome[] = [];
  await Promise.all(
    users.map(async (next, index) => {
      const random = seededRandom(index + 1);
      // Users start spread over one pause, not all in the same millisecond.
      if (thinkMs > 0) await sleep(random() * thinkMs);
      while (performance.now() < deadline) {
        const step = next();
        const startedAt = performance.now();
        let error: string | null = null;
        try {
          await step.run();
        } catch (failure) {
          error = describeFailure(failure);
        }
        outcomes.push({ endpoint: step.endpoint, startedAt, ms: performance.now() - startedAt, error });
        if (thinkMs > 0) await sleep(thinkMs * (0.5 + random()));
      }
    }),
  );
  return { outcomes, elapsedMs: performance.now() - began };
}

/** Every request as `{ endpoint, start (ms since the epoch), ms, error }`, to line up with the portals' logs. */
export function writeOutcomes(file: string, outcomes: readonly Outcome[]): void {
  const rows = outcomes.map(({ endpoint, startedAt, ms, error }) => ({ endpoint, start: performance.timeOrigin + startedAt, ms, error }));
  writeFileSync(file, JSON.stringify(rows));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The figures per endpoint: requests, errors, p50/p95/max of the answered ones, throughput. */
export function summarise(outcomes: readonly Outcome[], elapsedMs: number) {
  const endpoints = [...new Set(outcomes.map((outcome) => outcome.endpoint))].sort();
  const rows = endpoints.map((endpoint) => {
    const mine = outcomes.filter((outcome) => outcome.endpoint === endpoint);
    const ok = mine.filter((outcome) => outcome.error === null).map((outcome) => outcome.ms);
    return {
      endpoint,
      requests: mine.length,
      errors: mine.length - ok.length,
      p50: round(percentile(ok, 50)),
      p95: round(percentile(ok, 95)),
      max: round(Math.max(0, ...ok)),
      perSecond: round(mine.length / (elapsedMs / 1000)),
    };
  });
  const errors = new Map<string, number>();
  for (const outcome of outcomes) if (outcome.error) errors.set(outcome.error, (errors.get(outcome.error) ?? 0) + 1);
  return { rows, errors, total: outcomes.length, perSecond: round(outcomes.length / (elapsedMs / 1000)) };
}

/** Prints `summarise`'s figures as a table. */
export function printSummary(summary: ReturnType<typeof summarise>): void {
  console.table(
    Object.fromEntries(
      summary.rows.map((row) => [
        row.endpoint,
        { requests: row.requests, errors: row.errors, "p50 ms": row.p50, "p95 ms": row.p95, "max ms": row.max, "req/s": row.perSecond },
      ]),
    ),
  );
  console.log(`total: ${summary.total} requests, ${summary.perSecond} req/s`);
  if (summary.errors.size === 0) console.log("errors: none");
  for (const [error, count] of summary.errors) console.log(`error ×${count}: ${error}`);
}
